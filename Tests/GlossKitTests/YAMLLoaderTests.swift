import Testing
@testable import GlossKit

@Suite("YAML loading")
struct YAMLLoaderTests {
    func load(_ text: String) throws(YAMLError) -> YAMLNode? {
        try YAMLLoader.load(string: text, file: "test.yaml")
    }

    func message(_ text: String) -> String? {
        do {
            _ = try load(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func nodesKeepLineAndColumn() throws {
        let root = try #require(try load("version: 1\npipelines:\n  news:\n    steps: [a, b]\n"))
        let steps = try #require(root["pipelines"]?["news"]?["steps"])
        #expect(steps.mark == YAMLMark(file: "test.yaml", line: 4, column: 12))
        let items = try #require(steps.sequence)
        #expect(items.map { $0.scalar?.value } == ["a", "b"])
        #expect(items[1].mark.column == 16)
    }

    @Test func mappingKeyOrderIsKept() throws {
        let root = try #require(try load("zeta: 1\nalpha: 2\nmid: 3\n"))
        #expect(root.mapping?.map { $0.key.scalar?.value ?? "" } == ["zeta", "alpha", "mid"])
    }

    @Test func syntaxErrorsCarryLibyamlMessageAndPosition() {
        #expect(message("a: [1, 2\nb: 3\n") == "test.yaml:2:2: syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 4)")
    }

    @Test func duplicateKeysAreRejected() {
        #expect(message("version: 1\nname: a\nversion: 2\n") == "test.yaml:3:1: duplicate key 'version' (first defined at line 1, column 1)")
    }

    @Test func anchorsAndAliasesExpand() throws {
        let root = try #require(try load("base: &opts {min-words: 3}\nstep: *opts\n"))
        #expect(root["step"]?["min-words"]?.scalar?.value == "3")
    }

    @Test func mergeKeysApplyWithExplicitKeysWinning() throws {
        let root = try #require(try load("base: &b {a: 1, b: 2}\nmine:\n  <<: *b\n  b: 20\n  c: 3\n"))
        let mine = try #require(root["mine"]?.mapping)
        #expect(mine.map { $0.key.scalar?.value ?? "" } == ["b", "c", "a"])
        #expect(root["mine"]?["b"]?.scalar?.value == "20")
        #expect(root["mine"]?["a"]?.scalar?.value == "1")
    }

    @Test func mergeKeyWithAListOfMappings() throws {
        let root = try #require(try load("x: &x {a: 1}\ny: &y {a: 2, b: 2}\nz:\n  <<: [*x, *y]\n"))
        #expect(root["z"]?["a"]?.scalar?.value == "1")
        #expect(root["z"]?["b"]?.scalar?.value == "2")
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for index in 1..<names.count {
            let previous = names[index - 1]
            let list = Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
            text += "\(names[index]): &\(names[index]) [\(list)]\n"
        }
        let error = message(text)
        #expect(error?.contains("aliases expand to more than 100000 nodes; refusing to expand") == true)
    }

    @Test func deepNestingIsRefused() {
        let text = "a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(message(text) == "test.yaml:1:203: nesting deeper than 200 levels")
    }

    @Test func unknownAliasIsAnError() {
        #expect(message("a: *nothing\n") == "test.yaml:1:4: unknown alias '*nothing' (no anchor '&nothing' before it)")
    }

    @Test func emptyDocumentIsNil() throws {
        #expect(try load("") == nil)
        #expect(try load("# just a comment\n") == nil)
    }

    @Test func invalidUTF8IsReportedWithPosition() {
        do {
            _ = try YAMLLoader.load(bytes: Array("a: b\nc: ".utf8) + [0xFF, 0x0A], file: "bad.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "bad.yaml:2:4: invalid UTF-8 (byte 0xFF)")
        }
    }

    @Test func aSecondDocumentIsRejected() {
        #expect(message("a: 1\n---\nb: 2\n") == "test.yaml:2:1: a second YAML document ('---') is not supported: put everything in one document")
    }

    @Test func directoriesAndMissingFilesAreClearErrors() {
        #expect(throws: YAMLError.self) { _ = try YAMLLoader.load(file: "/") }
        do {
            _ = try YAMLLoader.load(file: "/nonexistent/pipelines.yaml")
        } catch {
            #expect(error.description == "/nonexistent/pipelines.yaml: cannot read: no such file or directory")
        }
    }

    @Test func scalarsKnowTheirTypes() throws {
        let root = try #require(try load("a: 12\nb: '12'\nc: true\nd: ~\ne: 2.5\nf: 1_000\n"))
        #expect(root["a"]?.scalar?.intValue == 12)
        #expect(root["b"]?.scalar?.intValue == nil)
        #expect(root["c"]?.scalar?.boolValue == true)
        #expect(root["d"]?.scalar?.isNull == true)
        #expect(root["e"]?.scalar?.doubleValue == 2.5)
        #expect(root["f"]?.scalar?.intValue == 1000)
    }
}
