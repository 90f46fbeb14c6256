/*
 * gloss_plugin.h — the C ABI of Gloss analyzer plugins, version 1.
 *
 * A plugin is a shared library that exports one function, `gloss_plugin_v1`, returning a table
 * that describes the analyzers it provides. Nothing but C types and JSON text crosses this
 * boundary: the host sends each document as the output record of CONTRACT.md (UTF-8 JSON,
 * offsets in Unicode code points) and the analyzer answers with a record holding the document's
 * "id" and the analyzer's own top-level key (named after the analyzer). Every other key of the
 * reply is ignored, so a plugin may echo the whole record or send only those two keys.
 *
 * Swift authors do not fill this table by hand: they write an ordinary `Analyzer` and export it
 * with `GlossPluginExport.table([MyAnalyzer.self])` (see Plugins/Readability).
 *
 * Every field below is pointer-sized, so the layout is the same for every C compiler on a given
 * platform, and `abi_version` is always first: a host can read it from any future table.
 */
#ifndef GLOSS_PLUGIN_H
#define GLOSS_PLUGIN_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GLOSS_PLUGIN_ABI_VERSION 1

typedef struct gloss_analyzer_entry gloss_analyzer_entry;

/* One analyzer a plugin provides. */
struct gloss_analyzer_entry {
    /* The name used in pipelines.yaml and as the record key of the analyzer's output,
       e.g. "readability". Must not be the name of a built-in analyzer. */
    const char *name;
    /* One line for `gloss analyzers`. */
    const char *summary;
    /* The options, as a JSON array of {"key", "type", "default", "summary"} strings, or NULL
       for an analyzer without options. */
    const char *options_help;

    /* Builds the analyzer from the step's options: a JSON object (UTF-8, `options_length`
       bytes, NUL-terminated). Returns an opaque non-NULL handle, or NULL and sets `*error` to a
       NUL-terminated message allocated so that `free_buffer` can release it. `entry` is this
       entry, so one create function can serve several entries. Called once per pipeline step. */
    void *(*create)(const gloss_analyzer_entry *entry, const char *options, size_t options_length,
                    char **error);

    /* Analyzes one document. `record` is the record JSON (NUL-terminated, `record_length`
       bytes). Returns 0 and sets `*result`/`*result_length` to the reply record, or returns
       non-zero and sets `*result` to a NUL-terminated error message (the document becomes an
       error record; the run goes on). Either way the host releases `*result` with
       `free_buffer`. Called concurrently from several threads with the same handle. */
    int (*analyze)(void *handle, const char *record, size_t record_length,
                   char **result, size_t *result_length);

    /* Releases a handle returned by `create`. May be NULL. */
    void (*destroy)(void *handle);

    /* Worked examples, shown by `gloss analyzers NAME` and runnable as tests: a JSON array of
       {"note", "text", "options" (a YAML flow mapping, e.g. "{top: 3}"), "before" (analyzers
       run first), "expected" (JSON the record must contain), "exact"}, or NULL. */
    const char *examples;
};

/* What `gloss_plugin_v1` returns. The table must stay valid while the library is loaded. */
typedef struct gloss_plugin_table {
    size_t abi_version;                 /* GLOSS_PLUGIN_ABI_VERSION */
    size_t analyzer_count;
    const gloss_analyzer_entry *analyzers;
    /* Releases a buffer the plugin returned (`result` or `error`), e.g. `free`. */
    void (*free_buffer)(char *buffer);
} gloss_plugin_table;

/* The one symbol the host looks up. */
const gloss_plugin_table *gloss_plugin_v1(void);

#ifdef __cplusplus
}
#endif

#endif /* GLOSS_PLUGIN_H */
