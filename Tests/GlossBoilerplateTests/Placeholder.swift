import Testing
@testable import GlossBoilerplate
