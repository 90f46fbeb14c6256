import CorpusGenerator

// Writes a deterministic benchmark corpus as JSON Lines to standard output.
// usage: generate-corpus MEGABYTES [SEED]
let arguments = CommandLine.arguments
guard arguments.count >= 2, let megabytes = Double(arguments[1]), megabytes > 0 else {
    print("usage: generate-corpus MEGABYTES [SEED]   (writes JSON Lines to standard output)")
    exit(2)
}
let seed = arguments.count > 2 ? UInt64(arguments[2]) ?? 42 : 42
var generator = CorpusGenerator(seed: seed)
let target = Int(megabytes * 1_000_000)
var written = 0
var index = 0
var buffer = ""
while written < target {
    let line = generator.record(index: index) + "\n"
    written += line.utf8.count
    buffer += line
    index += 1
    if buffer.utf8.count > 1 << 20 {
        print(buffer, terminator: "")
        buffer = ""
    }
}
print(buffer, terminator: "")

#if canImport(Glibc)
import Glibc
#endif
