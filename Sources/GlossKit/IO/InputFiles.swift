#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input to read: standard input or a file, and how to read it.
public struct InputFile: Sendable, Hashable {
    public enum Format: Sendable, Hashable {
        /// One document per file; id = file name without extension.
        case text
        /// One document per line: `{"id": ..., "text": ..., ...}`.
        case jsonLines
    }

    /// The path, or "-" for standard input.
    public let path: String
    public let format: Format

    public var isStandardInput: Bool { path == "-" }
    /// A gzip-compressed JSON Lines file (`.jsonl.gz`), read through zlib.
    public var isCompressed: Bool { !isStandardInput && GzipMembers.isGzipName(path) }
    /// The name used in messages and error records.
    public var displayName: String { isStandardInput ? "<stdin>" : path }
}

/// A problem with the command line's inputs, found before any document is processed.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// Expands command-line input arguments into the files to read, in order.
public enum InputResolver {
    /// Extensions read inside directories; other files there are skipped.
    public static let textExtensions = ["txt"]
    public static let jsonLinesExtensions = ["jsonl", "ndjson", "jsonl.gz", "ndjson.gz"]

    /// `[]` and `["-"]` mean standard input. Directories are walked recursively in sorted order,
    /// taking `.txt` and `.jsonl` files. A named file must exist and have a known extension.
    public static func resolve(_ arguments: [String]) throws(InputError) -> [InputFile] {
        if arguments.isEmpty { return [InputFile(path: "-", format: .jsonLines)] }
        var files: [InputFile] = []
        for argument in arguments {
            if argument == "-" {
                files.append(InputFile(path: "-", format: .jsonLines))
                continue
            }
            var info = stat()
            guard stat(argument, &info) == 0 else {
                throw InputError(message: "\(argument): cannot read input: \(errnoMessage())")
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited = Set<DirectoryIdentity>()
                let found = try walk(argument, visited: &visited)
                files.append(contentsOf: found)
            } else {
                guard let format = format(of: argument) else {
                    throw InputError(message: "\(argument): unknown input type (expected .txt, .jsonl, .jsonl.gz or a directory)")
                }
                files.append(InputFile(path: argument, format: format))
            }
        }
        return files
    }

    /// Total size of the inputs in bytes, or nil when it cannot be known beforehand
    /// (standard input, compressed files).
    public static func totalSize(of files: [InputFile]) -> Int? {
        var total = 0
        for file in files {
            if file.isStandardInput || file.isCompressed { return nil }
            var info = stat()
            guard stat(file.path, &info) == 0 else { return nil }
            total += Int(info.st_size)
        }
        return total
    }

    static func format(of path: String) -> InputFile.Format? {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        if textExtensions.contains(where: { name.hasSuffix("." + $0) }) { return .text }
        if jsonLinesExtensions.contains(where: { name.hasSuffix("." + $0) }) { return .jsonLines }
        return nil
    }

    /// A directory's device and inode: a directory reached twice (through a symbolic link, or a
    /// link cycle) is read only once.
    struct DirectoryIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    static func walk(_ directory: String, visited: inout Set<DirectoryIdentity>) throws(InputError) -> [InputFile] {
        var own = stat()
        if stat(directory, &own) == 0 {
            guard visited.insert(DirectoryIdentity(device: UInt64(own.st_dev), inode: UInt64(own.st_ino))).inserted else { return [] }
        }
        guard let handle = opendir(directory) else {
            throw InputError(message: "\(directory): cannot read directory: \(errnoMessage())")
        }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(handle)
        var files: [InputFile] = []
        for name in names.sorted() {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                files.append(contentsOf: try walk(path, visited: &visited))
            } else if let format = format(of: path) {
                files.append(InputFile(path: path, format: format))
            }
        }
        return files
    }
}
