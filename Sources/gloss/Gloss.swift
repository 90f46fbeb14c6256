import ArgumentParser
import GlossBuiltins
import GlossKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `gloss` command: parses arguments and delegates to GlossKit. No analysis logic lives here.
@main
struct Gloss: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gloss",
        abstract: "Run YAML-defined pipelines of text analyzers over news articles and other documents.",
        discussion: "Exit codes: 0 every document processed, 1 some documents failed, 2 usage or configuration error.",
        subcommands: [RunCommand.self, ValidateCommand.self, AnalyzersCommand.self, TrainCommand.self]
    )

    /// Maps argument-parser's usage errors to exit code 2, as documented.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as Failure {
            printError(failure.message)
            Foundation_exit(failure.code)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation_exit(0)
            }
            if let exit = error as? ExitCode {
                Foundation_exit(exit.rawValue)
            }
            printError(fullMessage(for: error))
            Foundation_exit(2)
        }
    }
}

/// An error the commands report as `gloss: MESSAGE` with a chosen exit code.
struct Failure: Error {
    let message: String
    let code: Int32

    static func configuration(_ message: String) -> Failure { Failure(message: message, code: 2) }
}

func printError(_ message: String) {
    let line = message.hasSuffix("\n") ? message : message + "\n"
    StandardError.write(line.hasPrefix("gloss: ") || line.hasPrefix("Error: ") || line.hasPrefix("Usage: ") ? line : "gloss: " + line)
}

func Foundation_exit(_ code: Int32) -> Never {
    fflush(nil)
    exit(code)
}

/// Options shared by the commands that read a pipelines file.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The pipelines file.", valueName: "file"))
    var config: String = "pipelines.yaml"

    /// Loads and validates the whole file, or fails with exit code 2.
    func load() throws(Failure) -> PipelineFile {
        do {
            return try PipelineFile.load(path: config, registry: BuiltinAnalyzers.registry)
        } catch {
            var message = error.description
            if error.mark == nil, !FileExists.at(config), config == "pipelines.yaml" {
                message += " (run gloss where pipelines.yaml is, or pass --config FILE)"
            }
            throw .configuration(message)
        }
    }
}

enum FileExists {
    static func at(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}

/// Writes to standard error without going through C's shared `stderr` stream.
enum StandardError {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { raw in
                Glibc.write(2, raw.baseAddress! + offset, raw.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}
