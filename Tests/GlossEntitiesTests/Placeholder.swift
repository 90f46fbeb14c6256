import Testing
@testable import GlossEntities
