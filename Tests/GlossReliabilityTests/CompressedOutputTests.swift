import Foundation
import GlossTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `--output NAME.gz`, end to end: gzip that every gzip reader reads whole, with the guarantees of
/// plain output: nothing complete-looking until the run ends, and `--resume` after a kill, a torn
/// member or a full disk ending in the records an uninterrupted run writes.
@Suite("Compressed output")
struct CompressedOutputTests {
    /// Short wire stories, varied enough (names, places, figures, quotes) that they compress
    /// like news does rather than like one line repeated.
    static func stories(_ count: Int) throws -> String {
        let people = ["Maria Okafor", "Tom Becker", "Ana Lima", "Priya Nair", "Jonas Berg", "Leila Haddad", "Kenji Sato", "Fiona Walsh", "José Álvarez"]
        let places = ["Leeds", "Lisbon", "Nairobi", "Osaka", "Bergen", "Québec City", "Adelaide", "Porto Alegre", "Gdańsk", "Accra", "Valparaíso"]
        let bodies = ["The city council", "The transport authority", "The health ministry", "The port operator", "The teachers' union", "The regional parliament", "The water board"]
        let topics = ["a new tram line", "longer hospital opening hours", "the harbour expansion", "next year's school budget", "new flood defences", "a cap on rents", "a ban on night flights"]
        let quotes = ["We have waited long enough for this", "The numbers simply do not add up", "This is a good day for the whole region",
                      "Nobody asked the people who live here", "We will review every contract line by line", "It is a start, but only a start"]
        let cues = ["said", "told reporters", "said in a statement", "warned"]
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var lines = ""
        for index in 0..<count {
            let place = places[next(places.count)]
            let person = people[next(people.count)]
            let text = "\(place) — \(bodies[next(bodies.count)]) voted \(20 + next(30)) to \(next(20)) on \(days[next(days.count)]) to approve \(topics[next(topics.count)]), "
                + "after \(2 + next(30)) months of debate. “\(quotes[next(quotes.count)]),” \(person) \(cues[next(cues.count)]). "
                + "Work is due to start in \(2027 + next(3)) and to cost \(10 + next(900)).\(next(10)) million."
            let record: [String: Any] = ["id": "wire-\(index)", "source": "wire.example", "text": text]
            let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])
            lines += String(decoding: data, as: UTF8.self) + "\n"
        }
        return lines
    }

    /// The repository's pipelines file: the news pipeline, every built-in analyzer.
    static let newsPipelines = PackageRoot.path + "/pipelines.yaml"

    /// `gzip -dc PATH`: what any gzip reader sees in the file (fails the test if gzip does).
    func gunzip(_ path: String) throws -> Data { try gzip(["-dc", path]) }

    /// Runs /bin/gzip and returns its standard output.
    func gzip(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: "/bin/gzip") ? "/bin/gzip" : "/usr/bin/gzip")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "gzip \(arguments.joined(separator: " ")) failed")
        return data
    }

    /// The gzip member headers zlib writes (no name, no time, Unix), counted.
    func members(_ data: Data) -> Int {
        let header: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]
        let bytes = [UInt8](data)
        var count = 0
        var index = 0
        while index + header.count <= bytes.count {
            if bytes[index] == 0x1F, Array(bytes[index..<(index + header.count)]) == header { count += 1 }
            index += 1
        }
        return count
    }

    /// `count` stories through the news pipeline, once to `NAME.jsonl` and once to `NAME.jsonl.gz`.
    func newsRuns(_ workspace: Workspace, _ count: Int, name: String) throws -> (plain: Data, compressed: Data) {
        let input = try workspace.write(Self.stories(count), to: "wire.jsonl")
        for output in [name + ".jsonl", name + ".jsonl.gz"] {
            #expect(try workspace.gloss(["run", "--quiet", "--config", Self.newsPipelines, input, "--output", workspace.file(output)]).status == 0)
        }
        #expect(workspace.contents("." + name + ".jsonl.gz.partial") == nil)
        return (try #require(workspace.contents(name + ".jsonl")), try #require(workspace.contents(name + ".jsonl.gz")))
    }

    @Test func gzipOutputHoldsTheBytesOfThePlainOutput() throws {
        let workspace = try Workspace()
        let (plain, compressed) = try newsRuns(workspace, 12, name: "out")
        #expect(compressed.prefix(2) == Data([0x1F, 0x8B]))
        #expect(try gunzip(workspace.file("out.jsonl.gz")) == plain)
        #expect(String(decoding: plain, as: UTF8.self).contains(#""label":"PERSON""#))
    }

    /// 3,000 stories through the news pipeline: records of several 256 KiB blocks, so several
    /// members, read back whole by gzip and by `gloss report`.
    @Test func severalMembersReadBackWhole() throws {
        let workspace = try Workspace()
        let (plain, compressed) = try newsRuns(workspace, 3_000, name: "records")
        #expect(members(compressed) >= plain.count / (1 << 18))
        #expect(members(compressed) >= 3)
        #expect(compressed.count * 4 < plain.count)
        #expect(try gunzip(workspace.file("records.jsonl.gz")) == plain)

        var pages: [String] = []
        for name in ["records.jsonl", "records.jsonl.gz"] {
            let report = try workspace.gloss(["report", workspace.file(name), "--output", workspace.file(name + ".html")])
            #expect(report.status == 0)
            #expect(report.stderr == "gloss: wrote \(workspace.file(name + ".html")): 3000 documents, 0 errors\n")
            let page = String(decoding: workspace.contents(name + ".html") ?? Data(), as: UTF8.self)
            pages.append(page.replacingOccurrences(of: name, with: "RECORDS"))
        }
        #expect(pages[0] == pages[1])
    }

    @Test func upperCaseGZIsCompressedToo() throws {
        let workspace = try Workspace()
        let (input, records) = try storiesAndPlainRecords(workspace, 40)
        #expect(try workspace.run([input], ["--output", workspace.file("OUT.JSONL.GZ")]).status == 0)
        #expect(workspace.contents("OUT.JSONL.GZ")?.prefix(2) == Data([0x1F, 0x8B]))
        #expect(try gunzip(workspace.file("OUT.JSONL.GZ")) == records)
    }

    /// Writes `count` stories to `wire.jsonl` and runs them to a plain `whole.jsonl`: the input,
    /// and the records every compressed run below must decompress to.
    func storiesAndPlainRecords(_ workspace: Workspace, _ count: Int) throws -> (input: String, records: Data) {
        let input = try workspace.write(Self.stories(count), to: "wire.jsonl")
        #expect(try workspace.run([input], ["--output", workspace.file("whole.jsonl")]).status == 0)
        return (input, try #require(workspace.contents("whole.jsonl")))
    }

    /// `gloss run --quiet ARGUMENTS` with the workspace's pipelines file, after a shell prefix.
    func run(_ workspace: Workspace, _ arguments: [String], shell: String) throws -> GlossBinary.Outcome {
        try workspace.gloss(["run", "--quiet", "--config", workspace.file("pipelines.yaml")] + arguments, shell: shell)
    }

    /// `gloss run INPUT --output out.jsonl.gz --resume`, which must end with `records` in
    /// `out.jsonl.gz` and no partial file; returns how many records it found already written.
    func resume(_ workspace: Workspace, _ input: String, to records: Data) throws -> Int {
        let resumed = try workspace.run([input], ["--output", workspace.file("out.jsonl.gz"), "--resume", "--jobs", "2"])
        #expect(resumed.status == 0)
        #expect(try gunzip(workspace.file("out.jsonl.gz")) == records)
        #expect(workspace.contents(".out.jsonl.gz.partial") == nil)
        let kept = resumed.stderr.split(separator: "(resumed after ").dropFirst().first?.prefix { $0.isNumber }
        return kept.flatMap { Int($0) } ?? 0
    }

    /// As `KillAndResumeTests`, with a compressed output: killed with SIGKILL once several members
    /// are on disk (each about 50 KB of these records), then resumed.
    @Test func killedRunResumesToTheSameRecords() throws {
        let workspace = try Workspace()
        let (input, records) = try storiesAndPlainRecords(workspace, 40_000)
        // A watcher started by the shell that then becomes gloss: $$ is gloss's pid.
        let watcher = "{ ( while kill -0 $$ && [ $(stat -c %s .out.jsonl.gz.partial 2>/dev/null || echo 0) -lt 150000 ]; do sleep 0.005; done; "
            + "kill -KILL $$ ) >/dev/null 2>&1 & }"
        let killed = try run(workspace, [input, "--output", workspace.file("out.jsonl.gz"), "--jobs", "2"], shell: watcher)
        #expect(killed.crashed && killed.status == SIGKILL, "the run ended before it could be killed")
        #expect(workspace.contents("out.jsonl.gz") == nil, "a killed run must not leave a complete-looking output")
        #expect((workspace.contents(".out.jsonl.gz.partial")?.count ?? 0) >= 150_000)
        #expect(try resume(workspace, input, to: records) > 0)
    }

    /// A partial output cut by hand in the middle of a member: its complete members are kept,
    /// the torn one is cut off and its records are written again.
    @Test func tornLastMemberResumes() throws {
        let workspace = try Workspace()
        let (input, records) = try storiesAndPlainRecords(workspace, 3_000)
        #expect(try workspace.run([input], ["--output", workspace.file("whole.jsonl.gz")]).status == 0)
        let compressed = try #require(workspace.contents("whole.jsonl.gz"))
        try #require(members(compressed) >= 3)
        try workspace.write(compressed.prefix(compressed.count * 2 / 3), to: ".out.jsonl.gz.partial")
        let kept = try resume(workspace, input, to: records)
        #expect(kept > 0 && kept < 3_000)
    }

    /// Members written by another gzip (here /bin/gzip, one member per piece) are read like
    /// gloss's own: 1,000 records in the whole first member, a second member torn in half.
    @Test func membersFromAnotherGzipResumeExactly() throws {
        let workspace = try Workspace()
        let (input, records) = try storiesAndPlainRecords(workspace, 1_500)
        let lines = records.split(separator: 0x0A, omittingEmptySubsequences: false)
        let first = try workspace.write(Data(lines[0..<1_000].joined(separator: [0x0A])) + Data([0x0A]), to: "first.jsonl")
        let second = try workspace.write(Data(lines[1_000..<1_400].joined(separator: [0x0A])) + Data([0x0A]), to: "second.jsonl")
        let secondMember = try gzip(["-c", second])
        try workspace.write(try gzip(["-c", first]) + secondMember.prefix(secondMember.count / 2), to: ".out.jsonl.gz.partial")
        #expect(try resume(workspace, input, to: records) == 1_000)
    }

    @Test func resumeOfAPartialThatIsNotGzipIsRefused() throws {
        let workspace = try Workspace()
        let (input, records) = try storiesAndPlainRecords(workspace, 10)
        let partial = try workspace.write(records.prefix(records.count / 2), to: ".out.jsonl.gz.partial")
        let output = workspace.file("out.jsonl.gz")
        let result = try workspace.run([input], ["--output", output, "--resume"])
        #expect(result.status == 2)
        #expect(result.stderr == "gloss: cannot resume \(output): \(partial) is not gzip data (zlib: incorrect header check); delete it to start over\n")
        #expect(workspace.contents(".out.jsonl.gz.partial") == records.prefix(records.count / 2))
        #expect(workspace.contents("out.jsonl.gz") == nil)
    }

    /// A full disk (a file size limit, as in `OutputFailureTests`) in the middle of a member:
    /// nothing complete-looking is left, and once there is room `--resume` finishes the file.
    @Test(.disabled(if: GlossBinary.underThreadSanitizer, "ThreadSanitizer's runtime itself faults (SIGBUS) under a file size limit"))
    func fullDiskLeavesOnlyThePartialFile() throws {
        let workspace = try Workspace()
        let (input, records) = try storiesAndPlainRecords(workspace, 3_000)
        let output = workspace.file("out.jsonl.gz")
        let full = try run(workspace, [input, "--output", output], shell: "trap '' XFSZ; ulimit -f 64")
        #expect(!full.crashed && full.status == 1)
        #expect(full.stderr == "gloss: cannot write \(output): file too large (records so far kept in \(workspace.file(".out.jsonl.gz.partial")); rerun with --resume to continue)\n")
        #expect(workspace.contents("out.jsonl.gz") == nil, "the output must not appear complete")
        #expect(workspace.contents(".out.jsonl.gz.partial")?.count == 64 * 1024)
        #expect(try resume(workspace, input, to: records) > 0)
    }
}
