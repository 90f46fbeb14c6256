import Foundation

/// Finds the resource folder SwiftPM builds for an analyzer module (`Gloss_<Module>.resources`)
/// without the generated `Bundle.module`, which stops the whole process when the folder is
/// missing. A missing folder becomes an ordinary setup error instead: the pipeline refuses to
/// load with a message naming the folder, and nothing crashes mid-run.
///
/// Looked for, in order: `$GLOSS_RESOURCES/<name>`, next to the running executable (where
/// `swift build` puts it, and where a deployment should copy it), and the build folder the
/// module was compiled in.
public enum AnalyzerResources {
    /// The URL of `resource` in the resource folder `bundleName` (e.g. `Gloss_GlossSentiment`),
    /// or an `AnalyzerSetupError` saying where it was looked for.
    public static func url(bundle bundleName: String, resource: String, buildPath: String? = nil) -> Result<URL, AnalyzerSetupError> {
        let folder = bundleName + ".resources"
        var candidates: [URL] = []
        if let custom = ProcessInfo.processInfo.environment["GLOSS_RESOURCES"], !custom.isEmpty {
            candidates.append(URL(fileURLWithPath: custom).appendingPathComponent(folder))
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent(folder))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(folder))
        if let buildPath {
            candidates.append(URL(fileURLWithPath: buildPath).deletingLastPathComponent().appendingPathComponent(folder))
        }
        for directory in candidates {
            let file = directory.appendingPathComponent(resource)
            if FileManager.default.fileExists(atPath: file.path) { return .success(file) }
        }
        var places: [String] = []
        for directory in candidates where !places.contains(directory.deletingLastPathComponent().path) {
            places.append(directory.deletingLastPathComponent().path)
        }
        return .failure(AnalyzerSetupError(
            "cannot find \(resource) in \(folder) (looked in \(places.joined(separator: ", "))); copy \(folder) next to the gloss binary or set GLOSS_RESOURCES to the folder holding it"))
    }
}
