import BriefingModel
import Dossier

/// Page furniture shared by every brief: running header with the reference and page/total,
/// a footer with the page number, sensitivity markings and watermarks, all in the document's language.
enum Furniture {
    /// The page template for a document's metadata.
    static func pageTemplate(_ meta: ResolvedDocumentMeta, reference: String, text: TemplateText,
                             illustrative: Bool) -> PageTemplate {
        let marking = meta.sensitivity == .unclassified ? nil : Marking(text.label(meta.sensitivity))
        let watermarks = meta.watermarks.map { $0 == ResolvedDocumentMeta.illustrativeWatermark ? text("watermark.illustrative") : $0 }
        let watermark = watermarks.isEmpty ? nil : watermarks.joined(separator: " · ")
        let notes = [meta.unofficialTranslation ? text("unofficialTranslation") : nil,
                     illustrative ? text("illustrativeFooter") : nil].compactMap { $0 }
        return PageTemplate(
            header: { ctx in runningHeader(reference: reference, ctx: ctx) },
            footer: { ctx in footer(ctx, notes: notes, text: text) },
            marking: marking,
            watermark: watermark,
            firstPageHeader: { _ in [] }
        )
    }

    /// "S/2018/123 … 3/7" across the top, with a hairline under it.
    static func runningHeader(reference: String, ctx: PageContext) -> [Node] {
        let row = [reference, "\(ctx.pageLabel)/\(ctx.pageCount)"]
        return Table([row], id: "running-header", style: TableStyle(unStyle: false, padding: EdgeInsets(vertical: 1, horizontal: 0)),
                     annex: false) {
            Column<[String]>("", key: "reference", width: .fraction(0.8)) { $0[0] }
            Column<[String]>("", key: "page", width: .fraction(0.2), alignment: .end) { $0[1] }
        }.headerless().nodes + Rule(Stroke(width: 0.4, color: .gray(0.4)), spacing: 1).nodes
    }

    private static func footer(_ ctx: PageContext, notes: [String], text: TemplateText) -> [Node] {
        var nodes = Paragraph(text("pageOf", ["page": ctx.pageLabel, "total": "\(ctx.pageCount)"])).alignment(.center).nodes
        for note in notes { nodes += Paragraph(Text(note).italic()).alignment(.center).fontSize(7).nodes }
        return nodes
    }
}
