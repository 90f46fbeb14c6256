import ArgumentParser
import GlossKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a pipelines file (every pipeline, step and option) and print its pipelines."
    )

    @OptionGroup var config: ConfigOptions

    func run() throws {
        let file = try config.load()
        print("\(file.file): ok, \(file.pipelines.count) pipeline\(file.pipelines.count == 1 ? "" : "s")")
        for pipeline in file.pipelines {
            let isDefault = pipeline.name == file.defaultPipeline ? " (default)" : ""
            print("\(pipeline.name)\(isDefault)\(pipeline.description.map { ": \($0)" } ?? "")")
            for (index, step) in pipeline.steps.enumerated() {
                print("  \(index + 1). \(step.name)  (line \(step.mark.line))")
            }
        }
    }
}
