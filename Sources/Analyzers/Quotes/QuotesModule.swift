// Placeholder until the Quotes analyzer lands (replaced by its module).
enum GlossQuotesModule {}
