import Crypto
import DossierPDF
import DossierRender
import Foundation
import Templates

/// The content hash that decides whether an output is up to date: SHA-256 over everything that shapes
/// the output — template, Dossier version, every output setting (`RenderSettings.fingerprint`, declared once),
/// the bytes of every file in the resource folders (wording, and anything added there) and the application
/// font folder, the path, size and modification time of every system font file, the bytes of the hyphenation
/// dictionaries (`HyphenationDictionaries.files`), and the bytes of the input,
/// of its `--with` bundles, of the bundles a pack manifest names and of the files (emblems) the input and those
/// bundles name.
struct ContentHash: Sendable {
    /// The part shared by every input of a run (computed once).
    let runDigest: [UInt8]
    let related: [String]

    init(template: String, settings: RenderSettings, related: [String], fontDirectory: String?,
         resourceFolders: [URL] = TemplateResources.folders) {
        var h = SHA256()
        Self.add(&h, "dossier-batch-hash/2")
        Self.add(&h, "template=" + template)
        Self.add(&h, "version=" + PDFRenderer.version)
        for s in settings.fingerprint { Self.add(&h, s) }
        for folder in resourceFolders { Self.add(&h, "resources"); Self.addFolder(&h, folder) }
        Self.add(&h, "fonts")
        if let dir = fontDirectory { Self.addFolder(&h, URL(fileURLWithPath: dir, isDirectory: true)) }
        Self.addSystemFonts(&h, fontDirectory: fontDirectory)
        Self.add(&h, "hyphenation")
        for file in HyphenationDictionaries.files { Self.add(&h, "file:" + file); Self.addFile(&h, file) }
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
        add(&h, Array(s.utf8))
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

    /// Every regular file under `folder` (recursively, hidden files too), by relative path in byte order, with its bytes.
    private static func addFolder(_ h: inout SHA256, _ folder: URL) {
        let root = folder.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: root) else { add(&h, "missing:" + root); return }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = (root as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue { files.append(relative) }
        }
        for relative in files.sorted(by: InputExpansion.byteOrder) {
            add(&h, "file:" + relative)
            addFile(&h, (root as NSString).appendingPathComponent(relative))
        }
    }

    /// Every font file fontconfig sees, configured as `FontSetup` does: path, size and modification time
    /// (hashing their bytes would cost more than a batch saves).
    private static func addSystemFonts(_ h: inout SHA256, fontDirectory: String?) {
        for file in FontSetup.installedFontFiles(fontDirectory: fontDirectory) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: file)
            let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            add(&h, "\(file)\t\(size)\t\(modified)")
        }
    }
}
