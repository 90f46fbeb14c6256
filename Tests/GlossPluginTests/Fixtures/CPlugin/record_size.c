/*
 * A test fixture: a plugin written in C against Plugins/include/gloss_plugin.h, filling the
 * table by hand. Its analyzer "record-size" answers with the size in bytes of the record it was
 * sent; the option {"refuse": true} makes create() fail with a message.
 */
#include "../../../../Plugins/include/gloss_plugin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *copy(const char *text) {
    size_t length = strlen(text);
    char *buffer = malloc(length + 1);
    memcpy(buffer, text, length + 1);
    return buffer;
}

static void *create(const gloss_analyzer_entry *entry, const char *options, size_t length, char **error) {
    (void)entry;
    (void)length;
    if (strstr(options, "\"refuse\":true") != NULL) {
        *error = copy("refuse: this analyzer was asked to refuse");
        return NULL;
    }
    static int state;
    return &state;
}

/* The host writes records starting with {"id":"...": copy that string token verbatim. */
static int analyze(void *handle, const char *record, size_t length, char **result, size_t *result_length) {
    (void)handle;
    const char *prefix = "{\"id\":\"";
    if (strncmp(record, prefix, strlen(prefix)) != 0) {
        *result = copy("record does not start with an id");
        return 1;
    }
    const char *start = record + strlen(prefix) - 1;
    const char *end = start + 1;
    while (*end != '\0' && *end != '"') end += (*end == '\\' && end[1] != '\0') ? 2 : 1;
    if (*end != '"') {
        *result = copy("unterminated id");
        return 1;
    }
    size_t id_length = (size_t)(end - start) + 1;
    char *reply = malloc(id_length + 64);
    int written = snprintf(reply, id_length + 64, "{\"id\":%.*s,\"record-size\":%zu}", (int)id_length, start, length);
    *result = reply;
    *result_length = (size_t)written;
    return 0;
}

static void release(char *buffer) {
    free(buffer);
}

static const gloss_analyzer_entry analyzers[] = {
    {
        .name = "record-size",
        .summary = "Size of the record the host sent, in bytes (a C plugin)",
        .options_help = "[{\"key\": \"refuse\", \"type\": \"boolean\", \"default\": \"false\", \"summary\": \"Refuse to start\"}]",
        .create = create,
        .analyze = analyze,
        .destroy = NULL,
        .examples = NULL,
    },
};

static const gloss_plugin_table table = {
    .abi_version = GLOSS_PLUGIN_ABI_VERSION,
    .analyzer_count = 1,
    .analyzers = analyzers,
    .free_buffer = release,
};

const gloss_plugin_table *gloss_plugin_v1(void) {
    return &table;
}
