import BriefingModel
import Dossier

extension PackView {
    /// Each item of the manifest as a part of the pack, in order.
    func parts() throws -> [Node] {
        var nodes: [Node] = []
        for (i, item) in items.enumerated() {
            let p = try part(item)
            // The body's page numbers start at 1 on the first document; cover and contents are i, ii.
            if i == 0, case .part(var first)? = p.first {
                first.content.insert(.pageNumbering(.arabic, startAt: 1), at: 0)
                nodes += [.part(first)] + p.dropFirst()
            } else {
                nodes += p
            }
        }
        return nodes
    }

    private func part(_ item: PackItem) throws -> [Node] {
        let id = partId(item)
        let duplex = inputs.duplex
        switch item.kind {
        case .briefingNote:
            return DocumentPart(id: id, title: title(of: item), reference: pack.id, toOddPage: duplex) { briefingNote }.nodes
        case .countryVisitSummary, .oia:
            guard let (bundle, doc) = try document(for: item) else { return [] }
            return DocumentPart(doc, id: id, title: title(of: item),
                                reference: LocalizedMeta.of(bundle, in: set, common)?.symbol ?? bundle.documentId, toOddPage: duplex).nodes
        case .statusMatrix:
            return DocumentPart(id: id, title: title(of: item), reference: pack.id, toOddPage: duplex) { overview }.nodes
        case .annexTable:
            return DocumentPart(id: id, title: title(of: item), reference: pack.id, toOddPage: duplex) { annexTable(item.refId) }.nodes
        case .abbreviations:
            return DocumentPart(id: id, title: title(of: item), reference: pack.id, toOddPage: duplex) { abbreviations }.nodes
        case .sourceList:
            return DocumentPart(id: id, title: title(of: item), reference: pack.id, toOddPage: duplex) { sourcesTable }.nodes
        case .otherDocument:
            return []
        }
    }
}
