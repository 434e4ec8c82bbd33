import Foundation

/// The folders of resource files the templates read at render time (wording, and anything added later such as
/// dictionaries or assets). What a batch's content hash must cover: it walks these folders, so a file added
/// to them is covered without naming it anywhere.
public enum TemplateResources {
    /// The wording folder (`Templates/Text`, or `DOSSIER_TEXT_DIR`), when present.
    public static var folders: [URL] {
        var out: [URL] = []
        if let dir = ProcessInfo.processInfo.environment["DOSSIER_TEXT_DIR"] {
            out.append(URL(fileURLWithPath: dir, isDirectory: true))
        } else if let text = Bundle.module.url(forResource: "Text", withExtension: nil) {
            out.append(text)
        }
        return out
    }
}
