/// Font weight.
public enum FontWeight: String, Sendable, Equatable, Hashable {
    case regular
    case bold
}

/// A font request: a family (or a comma-separated fallback list resolved by fontconfig), size and face.
public struct FontSpec: Sendable, Equatable, Hashable {
    /// Family name, e.g. "Liberation Serif", or a comma list for script fallback.
    public var family: String
    /// Size in points.
    public var size: Points
    /// Weight.
    public var weight: FontWeight
    /// Italic face.
    public var italic: Bool

    public init(family: String, size: Points, weight: FontWeight = .regular, italic: Bool = false) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic
    }

    /// The same font in bold.
    public var bold: FontSpec { var f = self; f.weight = .bold; return f }
    /// The same font at another size.
    public func sized(_ size: Points) -> FontSpec { var f = self; f.size = size; return f }

    /// The individual families of a comma-separated list, trimmed.
    public var families: [String] {
        family.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

import Foundation
