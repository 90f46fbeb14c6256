import Testing
@testable import GlossQuotes
