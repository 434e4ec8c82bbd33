import BriefingModel
import Dossier

extension OIAView {
    /// II. Progress and shortfalls by area: one subsection per assessed area (A., B. …), the resolution
    /// 1624 (2005) area last under its own title. A single area gets no subheading.
    @BlockBuilder var areas: [Node] {
        let list = areasInSectionOrder
        if !list.isEmpty {
            Section(text("section.areas")) {
                if list.count == 1 {
                    Paragraph(text("areas.single", ["area": areaTitle(list[0])])).numbered().keepWithNext()
                    areaContent(list[0])
                } else {
                    for a in list {
                        Section(areaTitle(a)) { areaContent(a) }
                    }
                }
            }
        }
    }

    /// Catalogue order, with the incitement area (resolution 1624 (2005)) moved to the end.
    private var areasInSectionOrder: [ThematicAssessment] {
        let ordered = assessmentsInCatalogueOrder
        return ordered.filter { $0.areaCode != Self.incitementCode } + ordered.filter { $0.areaCode == Self.incitementCode }
    }

    /// The area label; for the incitement area "Resolution 1624 (2005): …".
    private func areaTitle(_ a: ThematicAssessment) -> String {
        guard a.areaCode == Self.incitementCode else { return areaLabel(a.areaCode) }
        let ref = resolutions(a.areaCode).first { $0.number == 1624 } ?? ResolutionRef(number: 1624, year: 2005)
        return text("areas.incitementTitle", ["resolution": capitalized(common.resolutionInText(ref)), "label": areaLabel(a.areaCode)])
    }

    @BlockBuilder private func areaContent(_ a: ThematicAssessment) -> [Node] {
        Paragraph(areaStatusLine(a)).fontSize(9).alignment(.start).color(.gray(0.2)).keepWithNext()
        Paragraph(a.assessment).numbered()
        statements(text("areas.progress"), a.progress)
        statements(text("areas.shortfalls"), a.shortfalls)
        statements(text("areas.goodPractices"), a.goodPractices)
        evidence(a.evidence ?? [])
    }

    /// "Implementation status: … Resolutions: … Related: recommendation 1; technical-assistance needs 1 and 4."
    private func areaStatusLine(_ a: ThematicAssessment) -> String {
        var parts = [text("areas.statusLine", ["status": common.label(a.status)])]
        let refs = resolutions(a.areaCode)
        if !refs.isEmpty { parts.append(text("areas.resolutionsLine", ["list": resolutionList(refs)], count: refs.count)) }
        var related: [String] = []
        let recs = (a.recommendationIds ?? []).map { id in recommendationNumber(id).map(String.init) ?? id }
        if !recs.isEmpty { related.append(text("areas.relatedRecommendations", ["list": common.list(recs)], count: recs.count)) }
        let ns = (a.taNeedIds ?? []).map { id in needNumber(id).map(String.init) ?? id }
        if !ns.isEmpty { related.append(text("areas.relatedNeeds", ["list": common.list(ns)], count: ns.count)) }
        if !related.isEmpty { parts.append(text("areas.relatedLine", ["items": related.joined(separator: common("separator.semicolon"))])) }
        return parts.joined(separator: common("sentenceSeparator"))
    }

    /// A numbered lead-in and the statements as bullets (verbatim).
    @BlockBuilder private func statements(_ leadIn: String, _ items: [Statement]?) -> [Node] {
        if let items, !items.isEmpty {
            Paragraph(leadIn).numbered().keepWithNext()
            List(.bullet("•"), items: items.map { Text($0.text) })
        }
    }

    /// Evidence excerpts as short block quotes with their source.
    @BlockBuilder private func evidence(_ items: [Evidence]) -> [Node] {
        if !items.isEmpty {
            Paragraph(text("areas.evidence", count: items.count)).numbered().keepWithNext()
            for e in items {
                BlockQuote(Text(e.kind == .fact ? e.excerpt : common.quoted(e.excerpt)), attribution: evidenceSource(e).map { Text($0) })
            }
        }
    }

    /// The speaker of a visit quote (when the visit bundle is loaded), else the visit and quote number;
    /// the document of a document excerpt.
    private func evidenceSource(_ e: Evidence) -> String? {
        switch e.kind {
        case .quote:
            guard let visitId = e.visitId else { return nil }
            if let seq = e.quoteSeq, let q = set.quote(visitId: visitId, seq: seq) {
                let p = set.person(id: q.speakerPersonId)
                let who = p.map { ([common.person($0)] + $0.titles.prefix(1)).joined(separator: common("separator.comma")) } ?? q.speakerPersonId
                return text("evidence.quoteBy", ["speaker": who, "visit": visitDescription(visitId)])
            }
            return text(e.quoteSeq == nil ? "evidence.visitOnly" : "evidence.quoteOfVisit",
                        ["visit": visitId, "seq": e.quoteSeq.map(String.init) ?? ""])
        case .document:
            guard let id = e.documentId else { return nil }
            return text("evidence.document", ["document": documentName(id)])
        case .fact:
            return e.documentId.map { text("evidence.document", ["document": documentName($0)]) }
        }
    }

    /// "joint visit to Kenya", "2016 follow-up visit to Kenya".
    private func visitDescription(_ visitId: String) -> String {
        guard let v = set.visit(id: visitId) else { return visitId }
        let type = common.label(v.visitType).lowercased()
        if let y = v.knownYear { return text("evidence.visitYear", ["year": common.date(PartialDate(year: y)), "type": type, "state": state]) }
        return text("evidence.visit", ["type": type, "state": state])
    }

    /// A document's description, title or symbol, else its id.
    func documentName(_ id: String) -> String {
        guard let d = set.document(id: id) else { return id }
        return d.description.map(capitalized) ?? d.title ?? d.symbol ?? id
    }
}
