import BriefingModel
import Dossier

/// The closing "Sources" list of every brief.
struct SourcesSection: Component {
    let sources: [Source]
    let text: TemplateText

    var body: [Node] {
        if !sources.isEmpty {
            Section(text("sources")) {
                List(.bullet("•"), items: sources.map { Text(line($0)) })
            }.unnumbered()
        }
    }

    private func line(_ s: Source) -> String {
        var parts = [text("sourceLine", ["kind": text.label(s.kind), "title": s.title ?? s.id])]
        if let sym = s.symbol { parts.append(sym) }
        if let d = s.date { parts.append(text.date(d)) }
        if let u = s.url { parts.append(u) }
        return parts.joined(separator: text("separator.comma"))
    }
}
