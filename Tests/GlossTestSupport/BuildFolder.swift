import Foundation

/// The build folder the running tests were built into (such as `.build/debug`): `swift build`
/// puts the `gloss` executable and the package's dynamic libraries (the plugins and the plugin
/// test fixtures) there, next to the test bundle.
public enum BuildFolder {
    public static let path: String = {
        var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
        return directory.path
    }()

    /// The path of a dynamic library product, e.g. `library("GlossReadability")`.
    public static func library(_ product: String) -> String {
        #if os(macOS)
        return path + "/lib\(product).dylib"
        #else
        return path + "/lib\(product).so"
        #endif
    }
}
