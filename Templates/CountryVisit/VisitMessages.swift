import BriefingModel
import Dossier

extension VisitView {
    /// IV. Key messages: quotations as block quotes with attribution; findings for assessment visits.
    @BlockBuilder var keyMessages: [Node] {
        let groups = quoteGroups
        if !groups.isEmpty || !(visit.findings ?? []).isEmpty {
            Section(text("section.messages")) {
                for group in groups {
                    BlockQuote(group.map { Text(common.quoted($0.text)) }, attribution: attribution(group[0]))
                        .language(group[0].language.flatMap { $0.rawValue == common.language ? nil : $0.rawValue })
                }
                if let findings = visit.findings, !findings.isEmpty {
                    for f in findings { Paragraph(common.labelled(common.label(f.kind), Text(f.text))).numbered() }
                }
            }
        }
    }

    /// Quotes with their continuations (`continuesQuoteSeq`) gathered into one quotation.
    private var quoteGroups: [[Quote]] {
        var groups: [[Quote]] = []
        for q in (visit.quotes ?? []).sorted(by: { $0.seq < $1.seq }) {
            if let c = q.continuesQuoteSeq, let i = groups.firstIndex(where: { $0.contains { $0.seq == c } }) {
                groups[i].append(q)
            } else {
                groups.append([q])
            }
        }
        return groups
    }

    /// "said Mr. Vladimir Voronkov, Under-Secretary-General …".
    private func attribution(_ q: Quote) -> Text {
        let p = set.person(id: q.speakerPersonId) ?? input.person(id: q.speakerPersonId)
        let who = p.map { ([common.person($0)] + $0.titles.prefix(1)).joined(separator: common("separator.comma")) } ?? q.speakerPersonId
        if let verb = q.verb { return Text(text("quote.attributionWithVerb", ["verb": verb, "speaker": who])) }
        return Text(text("quote.attribution", ["speaker": who]))
    }
}
