/* A test fixture: a plugin built for an ABI version this gloss does not know. */
#include "../../../../Plugins/include/gloss_plugin.h"

static const gloss_plugin_table table = {
    .abi_version = GLOSS_PLUGIN_ABI_VERSION + 1,
    .analyzer_count = 0,
    .analyzers = 0,
    .free_buffer = 0,
};

const gloss_plugin_table *gloss_plugin_v1(void) {
    return &table;
}
