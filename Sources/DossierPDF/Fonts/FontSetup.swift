import CPangoCairo
import Foundation

/// A font family that fontconfig does not have: an error, never a silent substitution.
public struct MissingFontError: Error, CustomStringConvertible {
    /// The families asked for and not found.
    public let families: [String]
    public var description: String {
        "font family not installed: \(families.map { "\"\($0)\"" }.joined(separator: ", ")) (run scripts/setup.sh, or drop the font files into Fonts/)"
    }
}

/// Creates a Pango font map over the system fonts plus an application font folder (`Fonts/`),
/// so an organisation can drop its own `.ttf`/`.otf` files there and name them in templates.
public final class FontSetup: @unchecked Sendable {
    // @unchecked: the font map is used by one render job on one thread (Pango font maps are not thread-safe).
    /// The font map (owned).
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// Family names available, lower-cased.
    public let families: Set<String>

    /// - Parameter fontDirectory: an application font folder whose fonts and `fonts.conf` are added.
    public init(fontDirectory: String?) {
        Self.register(fontDirectory)
        fontMap = pango_cairo_font_map_new()!   // over fontconfig's current configuration
        var list: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>? = nil
        var count: Int32 = 0
        pango_font_map_list_families(fontMap, &list, &count)
        var names = Set<String>()
        if let list {
            for i in 0..<Int(count) {
                if let fam = list[i], let name = pango_font_family_get_name(fam) { names.insert(String(cString: name).lowercased()) }
            }
            g_free(list)
        }
        families = names
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(fontMap)) }

    /// Folders already added to fontconfig's current configuration (once per process, whatever the workers).
    private static let registered = RegisteredFolders()

    /// Adds an application font folder and its `fonts.conf` to fontconfig's current configuration.
    /// Why not a configuration of our own: loading a second configuration doubled fontconfig's start-up
    /// (about 50 million instructions, 4 % of a 36-page brief, measured with callgrind).
    private static func register(_ fontDirectory: String?) {
        guard let dir = fontDirectory, FileManager.default.fileExists(atPath: dir) else { return }
        let path = URL(fileURLWithPath: dir).standardizedFileURL.path
        registered.once(path) {
            let config = FcConfigGetCurrent()
            let conf = URL(fileURLWithPath: path).appendingPathComponent("fonts.conf").path
            if FileManager.default.fileExists(atPath: conf) { _ = FcConfigParseAndLoad(config, conf, 1) }
            _ = FcConfigAppFontAddDir(config, path)
        }
    }

    /// The font files a render with `fontDirectory` can use (system fonts and the folder's), sorted by their
    /// bytes: what a content hash of the fonts must cover.
    public static func installedFontFiles(fontDirectory: String?) -> [String] {
        guard let config = FcInitLoadConfigAndFonts() else { return [] }
        defer { FcConfigDestroy(config) }
        if let dir = fontDirectory, FileManager.default.fileExists(atPath: dir) {
            let folder = URL(fileURLWithPath: dir).standardizedFileURL
            let conf = folder.appendingPathComponent("fonts.conf").path
            if FileManager.default.fileExists(atPath: conf) { _ = FcConfigParseAndLoad(config, conf, 1) }
            _ = FcConfigAppFontAddDir(config, folder.path)
        }
        guard let pattern = FcPatternCreate() else { return [] }
        defer { FcPatternDestroy(pattern) }
        guard let objects = FcObjectSetCreate() else { return [] }
        defer { FcObjectSetDestroy(objects) }
        _ = FcObjectSetAdd(objects, "file")
        guard let set = FcFontList(config, pattern, objects) else { return [] }
        defer { FcFontSetDestroy(set) }
        var files = Set<String>()
        for i in 0..<Int(set.pointee.nfont) {
            guard let font = set.pointee.fonts[i] else { continue }
            var value: UnsafeMutablePointer<FcChar8>? = nil
            if FcPatternGetString(font, "file", 0, &value) == FcResultMatch, let value {
                files.insert(String(cString: value))
            }
        }
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The first of `families` whose fonts support `language` (a fontconfig language tag such as "zh-cn"), or nil.
    /// Answers are kept: the question is asked for every Chinese paragraph.
    public func firstFamily(supporting language: String, in families: [String]) -> String? {
        let key = language + "|" + families.joined(separator: ",")
        return languageFamilies.answer(key) {
            families.first { family in
                guard let pattern = FcPatternCreate(), let langs = FcLangSetCreate(), let objects = FcObjectSetCreate() else { return false }
                defer { FcPatternDestroy(pattern); FcLangSetDestroy(langs); FcObjectSetDestroy(objects) }
                _ = FcPatternAddString(pattern, "family", family)
                _ = FcLangSetAdd(langs, language)
                _ = FcPatternAddLangSet(pattern, "lang", langs)
                _ = FcObjectSetAdd(objects, "family")
                guard let set = FcFontList(nil, pattern, objects) else { return false }
                defer { FcFontSetDestroy(set) }
                return set.pointee.nfont > 0
            }
        }
    }

    /// Families found for languages (`firstFamily(supporting:in:)`).
    private let languageFamilies = LanguageFamilies()

    /// Throws when any family of the comma-separated lists is not installed.
    public func verify(_ familyLists: [String]) throws {
        var missing: [String] = []
        for list in familyLists {
            for fam in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !fam.isEmpty {
                if !families.contains(fam.lowercased()) && !missing.contains(fam) { missing.append(fam) }
            }
        }
        if !missing.isEmpty { throw MissingFontError(families: missing) }
    }
}

/// Answers of `FontSetup.firstFamily(supporting:in:)`, kept under a lock.
private final class LanguageFamilies: @unchecked Sendable {
    // @unchecked: `answers` is only touched under `lock`.
    private let lock = NSLock()
    private var answers: [String: String?] = [:]

    func answer(_ key: String, _ compute: () -> String?) -> String? {
        lock.lock(); defer { lock.unlock() }
        if let known = answers[key] { return known }
        let value = compute()
        answers[key] = .some(value)
        return value
    }
}

/// A thread-safe set of folders, each set up once.
private final class RegisteredFolders: @unchecked Sendable {
    // @unchecked: `folders` is only touched under `lock`.
    private let lock = NSLock()
    private var folders: Set<String> = []

    func once(_ folder: String, _ body: () -> Void) {
        lock.lock(); defer { lock.unlock() }
        if folders.insert(folder).inserted { body() }
    }
}
