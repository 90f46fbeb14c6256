import Foundation
import GlossTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Output that cannot be written, end to end: gloss says so, exits non-zero, and never leaves a
/// partial output looking complete. Already covered in Tests/GlossCLITests: an output path in a
/// missing directory, the atomic rename of `--output`.
@Suite("Output failures")
struct OutputFailureTests {
    /// Enough records to fill several of the writer's 256 KiB blocks.
    func corpus(_ workspace: Workspace, documents: Int = 3_000) throws -> String {
        var text = ""
        for index in 0..<documents {
            text += #"{"id": "doc-\#(index)", "text": "Officials met on Monday in Geneva. Talks resumed on item \#(index)."}"# + "\n"
        }
        return try workspace.write(text, to: "corpus.jsonl")
    }

    func fileType(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    @Test func outputPathThatIsADirectory() throws {
        let workspace = try Workspace()
        let directory = workspace.file("out")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let result = try workspace.run([try corpus(workspace, documents: 2)], ["--output", directory])
        #expect(result.status == 2)
        #expect(result.stderr == "gloss: cannot write \(directory): it is a directory\n")
    }

    /// Regression: with more than one block of records this also ended in SIGILL (see below).
    @Test func standardOutputOnAFullDisk() throws {
        let workspace = try Workspace()
        let input = try corpus(workspace)
        let result = try workspace.gloss(["run", "--quiet", "--config", workspace.file("pipelines.yaml"), input], stdout: "/dev/full")
        #expect(!result.crashed)
        #expect(result.status == 1)
        #expect(result.stderr == "gloss: cannot write standard output: no space left on device\n")
    }

    /// A full disk under `--output`, simulated with a file size limit (RLIMIT_FSIZE; SIGXFSZ
    /// ignored so that the write fails with EFBIG like a write to a full disk fails with ENOSPC).
    /// Regression: a write error used to end in SIGILL (libdispatch trapped on OrderedOutput's
    /// window semaphore, freed below its start value); fixed on main in b0c10db.
    @Test(.disabled(if: GlossBinary.underThreadSanitizer, "ThreadSanitizer's runtime itself faults (SIGBUS) under a file size limit"))
    func outputFileOnAFullDisk() throws {
        let workspace = try Workspace()
        let input = try corpus(workspace)
        let output = workspace.file("out.jsonl")
        let partial = workspace.file(".out.jsonl.partial")
        let result = try workspace.gloss(["run", "--quiet", "--config", workspace.file("pipelines.yaml"), "--output", output, input],
                                         shell: "trap '' XFSZ; ulimit -f 64")
        #expect(!result.crashed)
        #expect(result.status == 1)
        #expect(result.stderr == "gloss: cannot write \(output): file too large (records so far kept in \(partial); rerun with --resume to continue)\n")
        #expect(fileType(output) == nil, "the output must not appear complete")
        #expect(fileType(partial) == S_IFREG)
    }

    /// Regression: `--on-error stop` crashed about one run in three (the same semaphore).
    @Test func stopAtFirstErrorInALongInput() throws {
        let workspace = try Workspace()
        let input = try workspace.write(#"{"id": "broken"}"# + "\n" + String(decoding: FileManager.default.contents(atPath: try corpus(workspace))!, as: UTF8.self), to: "stop.jsonl")
        for _ in 0..<5 {
            let result = try workspace.run([input], ["--on-error", "stop"])
            #expect(!result.crashed)
            #expect(result.status == 1)
            #expect(result.ids == ["broken"])
            #expect(result.stderr.hasSuffix("(stopped at the first error: --on-error stop)\n"))
        }
    }

    /// `--output` naming a device (here a private copy of /dev/full) must write to the device,
    /// never replace it with a regular file.
    @Test(.enabled(if: GlossBinary.isRoot, "mknod needs root"))
    func outputOntoAFullDevice() throws {
        let workspace = try Workspace()
        let device = workspace.file("full")
        // Device 1:7 is the kernel's "full" device: every write fails with ENOSPC.
        try #require(mknod(device, S_IFCHR | 0o666, dev_t(1 << 8 | 7)) == 0)
        let result = try workspace.run([try corpus(workspace, documents: 2)], ["--output", device])
        #expect(result.status == 1)
        #expect(result.stderr == "gloss: cannot write \(device): no space left on device\n")
        #expect(fileType(device) == S_IFCHR)
    }

    @Test
    func outputThroughASymbolicLink() throws {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(atPath: workspace.file("real"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: workspace.file("out.jsonl"), withDestinationPath: workspace.file("real/out.jsonl"))
        let result = try workspace.run([try corpus(workspace, documents: 2)], ["--output", workspace.file("out.jsonl")])
        #expect(result.status == 0)
        #expect(fileType(workspace.file("out.jsonl")) == S_IFLNK)
        let written = String(decoding: workspace.contents("real/out.jsonl") ?? Data(), as: UTF8.self)
        #expect(written.split(separator: "\n").count == 2)
    }
}
