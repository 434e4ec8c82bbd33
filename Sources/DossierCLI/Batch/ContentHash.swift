import Crypto
import DossierPDF
import Foundation
import Templates

/// The content hash that decides whether an output is up to date: SHA-256 over everything that shapes
/// the PDF — template, Dossier version, options, the creation-date choice, the fonts and template wording
/// in use, and the bytes of the input, of its `--with` bundles and of the bundles a pack manifest names.
struct ContentHash: Sendable {
    /// The part shared by every input of a run (computed once).
    let runDigest: [UInt8]
    let related: [String]

    /// - Parameters:
    ///   - settings: option values that change the output (`name=value`).
    init(template: String, settings: [String], related: [String], fontDirectory: String?) {
        var h = SHA256()
        Self.add(&h, "dossier-batch-hash/1")
        Self.add(&h, "template=" + template)
        Self.add(&h, "version=" + PDFRenderer.version)
        for s in settings { Self.add(&h, s) }
        Self.add(&h, "fonts")
        Self.addFonts(&h, fontDirectory: fontDirectory)
        Self.add(&h, "text")
        Self.addTemplateText(&h)
        runDigest = Array(h.finalize())
        self.related = related
    }

    /// The hash of one input, in lower-case hex.
    func hash(input path: String, dependencies: [String]) -> String {
        var h = SHA256()
        h.update(data: runDigest)
        Self.add(&h, "input")
        Self.addFile(&h, path)
        for r in related { Self.add(&h, "with"); Self.addFile(&h, r) }
        for d in dependencies { Self.add(&h, "bundle"); Self.addFile(&h, d) }
        return h.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// A length-prefixed string (so that field boundaries cannot shift).
    private static func add(_ h: inout SHA256, _ s: String) {
        let bytes = Array(s.utf8)
        add(&h, bytes)
    }

    private static func add(_ h: inout SHA256, _ bytes: [UInt8]) {
        var length = UInt64(bytes.count).littleEndian
        withUnsafeBytes(of: &length) { h.update(bufferPointer: $0) }
        h.update(data: bytes)
    }

    /// A file's bytes, or a marker when it cannot be read (loading then fails and nothing is skipped).
    private static func addFile(_ h: inout SHA256, _ path: String) {
        if let data = FileManager.default.contents(atPath: path) {
            add(&h, "bytes")
            add(&h, [UInt8](data))
        } else {
            add(&h, "unreadable:" + path)
        }
    }

    /// The font folder's manifest and fonts.conf, and every font file fontconfig sees (path and size),
    /// configured as `FontSetup` does.
    private static func addFonts(_ h: inout SHA256, fontDirectory: String?) {
        if let dir = fontDirectory {
            for name in ["manifest.json", "fonts.conf"] {
                add(&h, name)
                addFile(&h, (dir as NSString).appendingPathComponent(name))
            }
        }
        for file in FontSetup.installedFontFiles(fontDirectory: fontDirectory) {
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? -1
            add(&h, "\(file)\t\(size)")
        }
    }

    /// The template wording files (`Templates/Text/*.json`, or `DOSSIER_TEXT_DIR`): edited without recompiling.
    private static func addTemplateText(_ h: inout SHA256) {
        guard let common = try? TemplateText.load("common") else { add(&h, "no-text"); return }
        let folder = (common.source as NSString).deletingLastPathComponent
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted(by: InputExpansion.byteOrder)
        for name in names {
            add(&h, name)
            addFile(&h, (folder as NSString).appendingPathComponent(name))
        }
    }
}
