import Foundation

/// The value of one table cell: what a CSV annex exports and what the printed table shows by default.
public enum CellValue: Sendable, Equatable, Hashable {
    /// Free text.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A decimal number with a fixed number of fraction digits.
    case number(Double, fractionDigits: Int)
    /// A boolean, exported as `true` / `false`.
    case bool(Bool)
    /// An ISO 8601 date, possibly partial (`2017`, `2017-06`, `2018-07-31`).
    case date(String)
    /// Several values, exported joined with " | ".
    case list([String])
    /// No value: "not stated in source". An empty CSV cell.
    case empty
    /// The page number of an anchor, known after layout (contents tables); exported as that number.
    case pageRef(String)

    /// Numbers are end-aligned in printed tables.
    public var isNumeric: Bool {
        switch self {
        case .integer, .number, .pageRef: return true
        default: return false
        }
    }

    /// The raw form written to CSV.
    public var csvText: String {
        switch self {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .number(let d, let digits): return String(format: "%.\(digits)f", d)
        case .bool(let b): return b ? "true" : "false"
        case .date(let s): return s
        case .list(let items): return items.joined(separator: " | ")
        case .empty, .pageRef: return ""
        }
    }

    /// The form printed in a PDF table: thousands separators, Yes/No, list items separated by semicolons.
    public var displayText: String {
        switch self {
        case .integer(let i): return Self.groupThousands(String(i))
        case .number(let d, let digits):
            let s = String(format: "%.\(digits)f", d)
            let parts = s.split(separator: ".", maxSplits: 1)
            let whole = Self.groupThousands(String(parts[0]))
            return parts.count > 1 ? whole + "." + parts[1] : whole
        case .bool(let b): return b ? "Yes" : "No"
        case .list(let items): return items.joined(separator: "; ")
        case .empty, .pageRef: return ""
        case .text(let s), .date(let s): return s
        }
    }

    private static func groupThousands(_ digits: String) -> String {
        var sign = ""
        var body = Substring(digits)
        if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
        var out: [Character] = []
        for (i, ch) in body.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return sign + String(out.reversed())
    }
}

extension CellValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}

extension Optional where Wrapped == String {
    /// Text, or `.empty` when absent.
    public var cell: CellValue { map(CellValue.text) ?? .empty }
}
