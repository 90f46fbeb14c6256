// Placeholder until the Entities analyzer lands (replaced by its module).
enum GlossEntitiesModule {}
