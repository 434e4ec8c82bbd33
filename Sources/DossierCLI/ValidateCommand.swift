import ArgumentParser
import BriefingModel
import Foundation
import Templates

/// `dossier validate TEMPLATE INPUT…`: loads, validates and builds (without laying out) every input.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check inputs against a template without rendering them.",
        discussion: """
        Loads every INPUT (files, folders or quoted globs, as for `dossier batch`) with the --with bundles, \
        validates it and builds its document, as `render` would before layout. Problems are printed on \
        stderr as FILE: PATH: message (all of them, for every input); each valid input is listed on stdout \
        as "valid: FILE". Warnings do not make an input invalid unless --strict is given.
        """ + "\n\n" + ExitStatus.manyInputsHelp)

    @Argument(help: "Template name (the `templates` subcommand lists them).")
    var template: TemplateName

    @Argument(help: "Input files, folders or quoted globs.")
    var inputs: [String]

    @OptionGroup var options: RenderOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("expected at least one INPUT") }
    }

    func run() throws {
        try runReporting {
            let t = try template.resolve()
            _ = try options.fallbackDate()
            let (found, problems) = InputExpansion.expand(inputs)
            for line in problems { Console.error(line) }
            var planned = BatchPlan.inspect(found, template: t, threads: 1)
            if let note = BatchPlan.leaveOutOtherKinds(&planned, template: t) { Console.error(note) }
            var invalid = problems.count
            let pipeline = Pipeline(options: options)
            for job in planned {
                let path = job.input.path
                if let mismatch = BatchPlan.kindMismatch(job, template: t) {
                    invalid += 1
                    Console.error(mismatch)
                    continue
                }
                do {
                    _ = try pipeline.document(t, input: path)
                    print("valid: \(path)")
                } catch let failure as CommandFailure {
                    invalid += 1
                    for line in failure.lines {
                        Console.error(BatchRunner.located(line, path: path, known: [path] + options.related + job.dependencies))
                    }
                } catch {
                    invalid += 1
                    Console.error("\(path): \(error)")
                }
            }
            if invalid > 0 { throw ExitCode(ExitStatus.invalidInput) }
        }
    }
}
