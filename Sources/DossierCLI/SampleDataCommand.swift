import ArgumentParser
import Foundation

/// `dossier sample-data --states K -o DIR [--seed S]`: illustrative OIA inputs for the first K of the 193
/// Member States and one briefing-pack manifest per region, for template and performance testing.
struct SampleData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample-data",
        abstract: "Write illustrative OIA inputs for the first K Member States and a briefing pack per region.",
        discussion: """
        Writes DIR/<iso3>-oia.json for the first K of the 193 Member States (UN list order; names, ISO codes and \
        M49 regions are reference data, everything else is invented from --seed and marked illustrative, so every \
        page is watermarked) and DIR/pack-<region>.json naming that region's OIA files. The same seed gives \
        byte-identical files, and a State's file does not depend on K. Prints the paths written.
        """ + "\n\n" + ExitStatus.help)

    @Option(help: "How many Member States, from the start of the UN list (1–193).")
    var states = 193

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    func validate() throws {
        guard (1...UNMemberState.all.count).contains(states) else {
            throw ValidationError("--states: expected 1 to \(UNMemberState.all.count), found \(states)")
        }
    }

    func run() throws {
        try runReporting {
            let dir = URL(fileURLWithPath: output, isDirectory: true)
            do { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) } catch {
                throw CommandFailure(status: ExitStatus.renderFailure, lines: ["\(output): cannot create folder (\(error.localizedDescription))"])
            }
            let generator = SampleGenerator(seed: seed)
            var summaries: [M49Region: [SampleGenerator.OIASummary]] = [:]
            for state in UNMemberState.all.prefix(states) {
                let (json, summary) = generator.oia(for: state)
                try write(json, to: dir.appendingPathComponent(SampleGenerator.oiaFileName(state)))
                summaries[state.region, default: []].append(summary)
            }
            for region in M49Region.allCases {
                guard let list = summaries[region], !list.isEmpty else { continue }
                try write(generator.pack(for: region, list), to: dir.appendingPathComponent(SampleGenerator.packFileName(region)))
            }
        }
    }

    private func write(_ json: OrderedJSON, to url: URL) throws {
        do { try Data(json.text.utf8).write(to: url, options: .atomic) } catch {
            throw CommandFailure(status: ExitStatus.renderFailure, lines: ["\(url.path): cannot write (\(error.localizedDescription))"])
        }
        print(url.path)
    }
}
