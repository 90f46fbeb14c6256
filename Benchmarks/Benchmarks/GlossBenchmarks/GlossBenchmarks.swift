import Benchmark
import CorpusGenerator
import GlossBuiltins
import GlossKit

/// One benchmark per built-in analyzer and one for the full `news` pipeline of the shipped
/// pipelines.yaml, each over the same deterministic corpus (about 4 MB, 1,000 articles).
/// Throughput is reported in documents/s (`throughput`) and, through `bytes`, in MB/s.
let corpus: [Document] = {
    var generator = CorpusGenerator(seed: 7)
    return (0..<1_000).map { Document(id: "bench-\($0)", text: generator.article(words: 600)) }
}()
let corpusBytes = corpus.reduce(0) { $0 + $1.text.utf8.count }

/// A pipeline of the given steps, built exactly as `gloss run` builds one.
func pipeline(_ steps: [String]) -> Pipeline {
    let yaml = "version: 1\npipelines:\n  bench:\n    steps:\n" + steps.map { "      - \($0)\n" }.joined()
    do {
        return try PipelineFile.load(string: yaml, file: "bench", registry: BuiltinAnalyzers.registry).pipeline(named: "bench")
    } catch {
        fatalError("benchmark pipeline \(steps): \(error)")
    }
}

func runCorpus(_ pipeline: Pipeline, _ benchmark: Benchmark) {
    for _ in benchmark.scaledIterations {
        for original in corpus {
            var document = original
            try? pipeline.run(&document)
            blackHole(RecordWriter.record(for: document))
        }
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(20),
        maxIterations: 5
    )
    // The order rewriting-first mirrors how the analyzers run in a pipeline.
    let names = BuiltinAnalyzers.all.map(\.name)
    for name in names {
        let steps = name == "quotes" && names.contains("entities") ? ["entities", name] : [name]
        let built = pipeline(steps)
        Benchmark("analyzer \(steps.joined(separator: "+")) (\(corpus.count) docs, \(corpusBytes / 1000) kB)") { benchmark in
            runCorpus(built, benchmark)
        }
    }
    let news: Pipeline
    do {
        news = try PipelineFile.load(path: "../pipelines.yaml", registry: BuiltinAnalyzers.registry).pipeline(named: "news")
    } catch {
        fatalError("cannot load ../pipelines.yaml (run from Benchmarks/): \(error)")
    }
    Benchmark("pipeline news (\(corpus.count) docs, \(corpusBytes / 1000) kB)") { benchmark in
        runCorpus(news, benchmark)
    }
    PluginOverhead.register(corpus: corpus, bytes: corpusBytes)
    Benchmark("write records only (\(corpus.count) docs)") { benchmark in
        for _ in benchmark.scaledIterations {
            for document in corpus { blackHole(RecordWriter.record(for: document)) }
        }
    }
}
