// Placeholder until the Sentiment analyzer lands (replaced by its module).
enum GlossSentimentModule {}
