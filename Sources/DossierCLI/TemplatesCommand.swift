import ArgumentParser
import Templates

/// `dossier templates`: name, input kind and annex tables of each template.
struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the templates, their input kind and annex tables.")

    func run() {
        for t in TemplateCatalog.all {
            print("\(t.name)\t\(t.inputKind?.rawValue ?? "json")\t\(t.annexTables.joined(separator: ","))\t\(t.summary)")
        }
    }
}
