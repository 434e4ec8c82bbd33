import Foundation

/// Sorting by the rules of a language (State names, lists): ICU collation through Foundation's
/// `compare(_:options:range:locale:)`, with no options, so case and accents weigh as ICU orders them (French puts
/// "Égypte" after "Danemark" and before "Espagne"). Strings the collation finds equal are ordered by their Unicode
/// scalars, then by their position in the input, so the result is the same on every run.
public enum Collation {
    /// `items` in the collation order of `language` (a BCP 47 tag such as "fr" or "ar") of `key(item)`.
    public static func sorted<T>(_ items: [T], by key: (T) -> String, language: String) -> [T] {
        let locale = Locale(identifier: language)
        let keys = items.map(key)
        let order = keys.indices.sorted { i, j in
            switch ordering(keys[i], keys[j], locale: locale) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: return i < j
            }
        }
        return order.map { items[$0] }
    }

    /// Whether `a` sorts strictly before `b` in `language`.
    public static func compare(_ a: String, _ b: String, language: String) -> Bool {
        ordering(a, b, locale: Locale(identifier: language)) == .orderedAscending
    }

    /// The collation order, with code-point order breaking ties.
    private static func ordering(_ a: String, _ b: String, locale: Locale) -> ComparisonResult {
        let r = a.compare(b, options: [], range: nil, locale: locale)
        if r != .orderedSame { return r }
        if a.unicodeScalars.elementsEqual(b.unicodeScalars) { return .orderedSame }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? .orderedAscending : .orderedDescending
    }
}
