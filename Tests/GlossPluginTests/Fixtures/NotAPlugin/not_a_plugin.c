/* A test fixture: a shared library that is not a Gloss plugin (no gloss_plugin_v1). */
int gloss_fixture_answer(void) {
    return 42;
}
