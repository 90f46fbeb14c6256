import Foundation

/// The root of the Gloss package (the folder holding Package.swift), found from this source
/// file's location, for tests that read the checkout's own files (pipelines.yaml, Samples/,
/// Plugins/, examples/).
public enum PackageRoot {
    public static let path: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()
}
