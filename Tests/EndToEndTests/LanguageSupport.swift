import BriefingModel
import Dossier
import DossierLayout
import DossierRender
import Foundation
import Templates

/// The translated samples, their wording files, and the text a document hands to the shaper.
enum Languages {
    static let all = ["en", "fr", "es", "ru", "ar", "zh"]

    /// `Samples/<lang>/<file>` (English: `Samples/<file>`).
    static func sample(_ lang: String, _ file: String) -> URL {
        let base = TestPaths.packageRoot.appendingPathComponent("Samples")
        return lang == "en" ? base.appendingPathComponent(file) : base.appendingPathComponent(lang).appendingPathComponent(file)
    }

    /// A message of `Templates/Text/<lang>/<file>.json` as written (plural messages: their `other` form).
    static func message(_ lang: String, _ file: String, _ key: String) throws -> String {
        let url = TestPaths.packageRoot.appendingPathComponent("Templates/Text/\(lang)/\(file).json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        if let s = object[key] as? String { return s }
        if let forms = object[key] as? [String: String], let other = forms["other"] { return other }
        throw NSError(domain: "Languages", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(url.path): no message \(key)"])
    }

    /// Every string handed to the shaper for the pages of a document (body and furniture), in page order, without the soft
    /// hyphens of hyphenation.
    static func shapedText(_ template: any ReportTemplate.Type, input: URL, related: [URL] = []) throws -> [String] {
        let built = try DocumentSource.build(DocumentRequest(template: template, input: input.path, related: related.map(\.path),
                                                             fallbackDate: LibraryRender.creationDate))
        let laidOut = try DocumentRenderer(fontDirectory: nil).layout(built.document)
        return laidOut.pages.flatMap { page in
            (page.items + page.furniture).compactMap { item -> String? in
                if case .text(let t) = item { return SoftHyphen.removed(from: t.shaped.request.text.string) }
                return nil
            }
        }
    }
}
