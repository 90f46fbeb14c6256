import Foundation
import GlossTestSupport
import Testing

/// examples/spark/gloss_spark.py in Spark local mode: several partitions, each piped through
/// `gloss run -`, give exactly the records of a plain run (as a set: Spark repartitions).
/// Needs pyspark and Java (CI installs pyspark from PyPI); skipped where pyspark is missing.
enum PySpark {
    static let isInstalled: Bool = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import pyspark"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()
}

@Suite("Apache Spark example", .enabled(if: PySpark.isInstalled, "pyspark is not installed (pip install pyspark)"))
struct SparkExampleTests {
    /// This test's files, removed when it ends.
    let scratch: TemporaryDirectory

    init() throws {
        scratch = try TemporaryDirectory(prefix: "gloss-test")
    }

    @Test(.timeLimit(.minutes(5))) func sparkPipeGivesThePlainRunsRecords() throws {
        let directory = scratch.path
        var text = ""
        for index in 0..<400 {
            text += "{\"id\": \"s-\(index)\", \"text\": \"Report \(index) from Geneva. Talks went on. Mr. Li said more.\", \"source\": \"wire\"}\n"
        }
        text += "{\"id\": \"broken\"}\n"
        let input = try scratch.write(text, to: "corpus.jsonl")
        let config = PackageRoot.path + "/pipelines.yaml"

        let plain = try GlossBinary.run(["run", "--config", config, "--quiet", input])
        #expect(plain.lines.count == 401)

        let spark = Process()
        spark.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        spark.arguments = ["python3", PackageRoot.path + "/examples/spark/gloss_spark.py", input, directory + "/out",
                           "--gloss", GlossBinary.path, "--config", config, "--partitions", "4", "--master", "local[2]", "--jobs", "1"]
        spark.standardOutput = FileHandle.nullDevice
        spark.standardError = FileHandle.nullDevice
        try spark.run()
        spark.waitUntilExit()
        #expect(spark.terminationStatus == 0)

        let parts = try FileManager.default.contentsOfDirectory(atPath: directory + "/out").filter { $0.hasPrefix("part-") }
        #expect(parts.count == 4)
        var records: [String] = []
        for part in parts {
            let content = try String(contentsOfFile: directory + "/out/" + part, encoding: .utf8)
            records += content.split(separator: "\n").map(String.init)
        }
        #expect(records.count == 401)
        // Error records name the input file and line; Spark feeds gloss through standard input.
        let normalised = records.map { $0.replacingOccurrences(of: "\"file\":\"<stdin>\"", with: "") }
        let expected = plain.lines.map { $0.replacingOccurrences(of: "\"file\":\"\(input)\"", with: "") }
        #expect(Set(normalised.filter { !$0.contains("\"error\"") }) == Set(expected.filter { !$0.contains("\"error\"") }))
        #expect(normalised.filter { $0.contains("\"error\"") }.count == 1)
    }
}
