import Foundation

/// The on-disk form of a `TaggerModel`: a small header, the feature keys, then the weights
/// quantised to 16-bit integers with one scale factor. All numbers little-endian.
///
///     "GLOSSNER"  magic, 8 bytes
///     UInt32      format version (1)
///     UInt32      feature template version (FeatureExtractor.version)
///     UInt32      tag count
///     UInt32      feature count N
///     Float32     scale: weight = Int16 value * scale
///     UInt64 x N  feature keys
///     Int16 x N * tag count   weights, row by row
enum ModelFile {
    static let magic = Array("GLOSSNER".utf8)
    static let formatVersion: UInt32 = 1

    struct FormatError: Error, CustomStringConvertible {
        let description: String
    }

    static func encode(_ model: TaggerModel) -> [UInt8] {
        var bytes = magic
        bytes.reserveCapacity(32 + model.featureCount * (8 + 2 * Tag.count))
        append(formatVersion, to: &bytes)
        append(FeatureExtractor.version, to: &bytes)
        append(UInt32(Tag.count), to: &bytes)
        append(UInt32(model.featureCount), to: &bytes)
        append(model.scale.bitPattern, to: &bytes)
        for key in model.keys { append(key, to: &bytes) }
        for row in 0..<model.featureCount {
            for tag in 0..<Tag.count { append(UInt16(bitPattern: model.quantisedWeight(row: row, tag: tag)), to: &bytes) }
        }
        return bytes
    }

    static func decode(_ data: Data) throws -> TaggerModel {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws -> TaggerModel in
            guard raw.count >= 28, Array(raw[0..<8]) == magic else {
                throw FormatError(description: "not a Gloss entity model (bad magic)")
            }
            func read<T: FixedWidthInteger>(_ offset: Int, as: T.Type) -> T {
                T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
            }
            let version = read(8, as: UInt32.self)
            guard version == formatVersion else {
                throw FormatError(description: "unsupported model format version \(version)")
            }
            let templates = read(12, as: UInt32.self)
            guard templates == FeatureExtractor.version else {
                throw FormatError(description: "model was trained with feature templates v\(templates), this build uses v\(FeatureExtractor.version); retrain it")
            }
            guard read(16, as: UInt32.self) == UInt32(Tag.count) else {
                throw FormatError(description: "model has a different tag set")
            }
            let count = Int(read(20, as: UInt32.self))
            let scale = Float(bitPattern: read(24, as: UInt32.self))
            let keysOffset = 28
            let weightsOffset = keysOffset + count * 8
            guard raw.count == weightsOffset + count * Tag.count * 2 else {
                throw FormatError(description: "model file is truncated or has trailing bytes")
            }
            var keys = [UInt64](repeating: 0, count: count)
            for index in 0..<count { keys[index] = read(keysOffset + index * 8, as: UInt64.self) }
            var weights = [Int16](repeating: 0, count: count * Tag.count)
            for index in 0..<(count * Tag.count) {
                weights[index] = Int16(bitPattern: read(weightsOffset + index * 2, as: UInt16.self))
            }
            return TaggerModel(keys: keys, quantised: weights, scale: scale)
        }
    }

    static func load(path: String) throws -> TaggerModel {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw FormatError(description: "cannot read model file \(path): \(error.localizedDescription)")
        }
        return try decode(data)
    }

    static func write(_ model: TaggerModel, to path: String) throws {
        try Data(encode(model)).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
