// Placeholder until the Boilerplate analyzer lands (replaced by its module).
enum GlossBoilerplateModule {}
