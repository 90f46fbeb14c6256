import GlossKit

/// The plugin's one C entry point: the table of analyzers this library provides.
@_cdecl("gloss_plugin_v1")
public func glossPlugin() -> UnsafeRawPointer {
    GlossPluginExport.table([ReadabilityAnalyzer.self])
}
