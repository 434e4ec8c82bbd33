import CHyphen
import DossierLayout
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The hyphenation dictionaries Dossier uses: the LibreOffice patterns of the Debian packages `hyphen-en-us`,
/// `hyphen-fr`, `hyphen-es` and `hyphen-ru` (installed by `scripts/setup.sh`), read by libhyphen. They shape the output,
/// so the batch content hash covers their bytes (`files`).
public enum HyphenationDictionaries {
    /// `DOSSIER_HYPHEN_DIR`, or `/usr/share/hyphen`; read once per process (reading the environment copies all of it:
    /// asked for every table cell, it was 30 % of a brief's instructions).
    public static let directory: String = ProcessInfo.processInfo.environment["DOSSIER_HYPHEN_DIR"] ?? "/usr/share/hyphen"

    /// The dictionary file of each language (primary subtag).
    public static let fileNames = ["en": "hyph_en_US.dic", "es": "hyph_es_ES.dic", "fr": "hyph_fr.dic", "ru": "hyph_ru_RU.dic"]

    /// The path of the dictionary for `language` (a BCP 47 tag), nil when Dossier has none for it.
    public static func file(for language: String) -> String? {
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return fileNames[primary].map { (directory as NSString).appendingPathComponent($0) }
    }

    /// Every dictionary file by path, in a fixed order (present or not): what the batch content hash adds.
    public static var files: [String] { fileNames.keys.sorted().compactMap { file(for: $0) } }
}

/// Hyphenation points from libhyphen (`Hyphenator`). Make one per thread, like the shaper: it keeps the words it has
/// hyphenated. The dictionaries are loaded once per process, on first use, and shared; libhyphen is only called under
/// their lock.
public final class LibHyphenHyphenator: Hyphenator {
    private var cache: [String: [String: [Int]]] = [:]
    private var converters: [String: iconv_t] = [:]
    /// Whether there is a dictionary for each language asked about (asked for every paragraph and table cell).
    private var supported: [String: Bool] = [:]
    /// Words kept per language before the cache is emptied.
    private static let cacheLimit = 50_000

    public init() {}

    deinit { for cd in converters.values { iconv_close(cd) } }

    public func supports(language: String) -> Bool {
        if let known = supported[language] { return known }
        let found = HyphenationDictionaries.file(for: language).map { path in
            HyphenDictionaryStore.shared.withDictionary(path) { $0 != nil }
        } ?? false
        supported[language] = found
        return found
    }

    public func breakPoints(_ word: String, language: String) -> [Int] {
        if let hit = cache[language]?[word] { return hit }
        let points = compute(word, language: language)
        if cache[language, default: [:]].count >= Self.cacheLimit { cache[language] = [:] }
        cache[language, default: [:]][word] = points
        return points
    }

    private func compute(_ word: String, language: String) -> [Int] {
        guard let path = HyphenationDictionaries.file(for: language) else { return [] }
        guard let loaded = HyphenDictionaryStore.shared.withDictionary(path, { $0 }) else { return [] }
        let charset = loaded.charset
        // The word in lower case, in the dictionary's encoding; `ends[k]`: where character k ends in the positions libhyphen
        // marks, code points with a UTF-8 dictionary (the bytes of "é" are one position), bytes with a single-byte one.
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var positions = 0
        for c in word {
            let lower = String(c).lowercased()
            guard let encoded = encode(lower, charset: charset) else { return [] }
            bytes += encoded
            positions += charset == "UTF-8" ? lower.unicodeScalars.count : encoded.count
            ends.append(positions)
        }
        guard bytes.count >= 2 else { return [] }
        let hyphens: [CChar] = HyphenDictionaryStore.shared.withDictionary(path) { loaded in
            guard let dict = loaded?.dict else { return [] }
            var out = [CChar](repeating: 0, count: bytes.count + 5)
            var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
            var pos: UnsafeMutablePointer<Int32>? = nil
            var cut: UnsafeMutablePointer<Int32>? = nil
            let failed = bytes.withUnsafeBufferPointer { b in
                b.withMemoryRebound(to: CChar.self) { w in
                    hnj_hyphen_hyphenate2(dict, w.baseAddress, Int32(w.count), &out, nil, &rep, &pos, &cut)
                }
            }
            if let rep {
                // Non-standard hyphenation (a spelling change at the break) is not used: drop those points.
                for i in 0..<positions where rep[i] != nil { out[i] = 0; free(rep[i]) }
                free(rep)
            }
            free(pos); free(cut)
            return failed == 0 ? out : []
        }
        var points: [Int] = []
        for i in 0..<min(hyphens.count, positions - 1) where hyphens[i] & 1 == 1 {
            // A break after position i: between characters k and k + 1 when character k ends there.
            if let k = ends.firstIndex(of: i + 1), k + 1 >= loaded.minimumBefore, ends.count - (k + 1) >= loaded.minimumAfter {
                points.append(k + 1)
            }
        }
        return points
    }

    private func encode(_ s: String, charset: String) -> [UInt8]? {
        if charset == "UTF-8" { return Array(s.utf8) }
        let cd: iconv_t
        if let c = converters[charset] { cd = c } else {
            guard let c = iconv_open(charset, "UTF-8"), c != iconv_t(bitPattern: -1) else { return nil }
            converters[charset] = c
            cd = c
        }
        var input = Array(s.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 8)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress, outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                iconv(cd, nil, nil, nil, nil)   // reset the state
                guard iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return output.prefix(produced).map { UInt8(bitPattern: $0) }
    }
}

/// The loaded libhyphen dictionaries of the process, by path (loaded once, never freed), and the lock every libhyphen
/// call is made under (libhyphen does not say it is thread-safe).
final class HyphenDictionaryStore: @unchecked Sendable {
    static let shared = HyphenDictionaryStore()

    struct Loaded {
        let dict: UnsafeMutablePointer<HyphenDict>
        /// "UTF-8", "KOI8-R" … (the first line of the file).
        let charset: String
        /// Letters kept before a break and carried after it: the file's LEFTHYPHENMIN and RIGHTHYPHENMIN, at least 2.
        let minimumBefore: Int, minimumAfter: Int
    }

    private let lock = NSLock()
    private var dictionaries: [String: Loaded?] = [:]

    /// Runs `body` under the lock with the dictionary at `path` (nil when it cannot be loaded).
    func withDictionary<T>(_ path: String, _ body: (Loaded?) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let known = dictionaries[path] { return body(known) }
        var loaded: Loaded? = nil
        if FileManager.default.isReadableFile(atPath: path), let dict = hnj_hyphen_load(path) {
            let charset = withUnsafeBytes(of: dict.pointee.cset) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            loaded = Loaded(dict: dict, charset: dict.pointee.utf8 != 0 ? "UTF-8" : charset.uppercased(),
                            minimumBefore: max(2, Int(dict.pointee.lhmin)), minimumAfter: max(2, Int(dict.pointee.rhmin)))
        }
        dictionaries[path] = .some(loaded)
        return body(loaded)
    }
}
