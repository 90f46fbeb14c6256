import Testing
@testable import GlossSentiment
