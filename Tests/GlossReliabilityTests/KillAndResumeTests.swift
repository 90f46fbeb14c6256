import Foundation
import GlossTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A run killed with SIGKILL in the middle of writing: no output appears complete, and `--resume`
/// finishes it byte for byte like a run that was never interrupted.
@Suite("Killed runs")
struct KillAndResumeTests {
    @Test func killedRunResumesToTheSameBytes() throws {
        let workspace = try Workspace()
        var text = ""
        for index in 0..<40_000 {
            text += #"{"id": "story-\#(index)", "text": "The council met on Monday. It voted \#(index) times. Nobody left early."}"# + "\n"
        }
        let input = try workspace.write(text, to: "corpus.jsonl")
        let whole = workspace.file("whole.jsonl")
        let arguments = ["run", "--quiet", "--config", workspace.file("pipelines.yaml"), "--jobs", "2", input]
        #expect(try workspace.gloss(arguments + ["--output", whole]).status == 0)
        let expected = try #require(workspace.contents("whole.jsonl"))

        let output = workspace.file("out.jsonl")
        let partial = workspace.file(".out.jsonl.partial")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: GlossBinary.path)
        process.arguments = arguments + ["--output", output]
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.path)
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once some records (more than one write block) are on disk.
        while process.isRunning, (try? FileManager.default.attributesOfItem(atPath: partial)[.size] as? Int) ?? 0 < 300_000 {
            usleep(2_000)
        }
        // 40,000 documents take seconds even in a release build; the first blocks arrive early.
        #expect(process.isRunning, "the run ended before it could be killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(workspace.contents("out.jsonl") == nil, "a killed run must not leave a complete-looking output")
        #expect(workspace.contents(".out.jsonl.partial") != nil)
        let resumed = try workspace.gloss(arguments + ["--output", output, "--resume"])
        #expect(resumed.status == 0)
        #expect(workspace.contents("out.jsonl") == expected)
        #expect(workspace.contents(".out.jsonl.partial") == nil)
    }
}
