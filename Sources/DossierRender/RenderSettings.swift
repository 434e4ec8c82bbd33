import DossierCSV
import Foundation

/// Every option that changes what a render writes, declared once. The batch content hash is computed from
/// `fingerprint`, which lists every stored property by reflection: an option added here is part of the hash
/// without anyone remembering to add it. Options that do not change the output (worker count, progress,
/// verbosity) do not belong here.
public struct RenderSettings: Sendable, Equatable {
    /// Write a tagged PDF (structure tree for screen readers); `false` is `--no-tags`.
    public var tagged: Bool
    /// Layout warnings are errors (nothing is written).
    public var strict: Bool
    /// More pages than this is a render error.
    public var maxPages: Int
    /// The PDF creation date when the document has none (`--date`, `SOURCE_DATE_EPOCH`); nil: the current time.
    public var fallbackDate: Date?
    /// Packs: every bound document starts on a right-hand page.
    public var duplex: Bool
    /// Write the document's annex tables as CSV beside the PDF (batch).
    public var annexes: Bool
    /// How annex CSV files are written (byte order mark, formula neutralisation).
    public var csv: CSVOptions

    public init(tagged: Bool = true, strict: Bool = false, maxPages: Int = 20_000, fallbackDate: Date? = nil,
                duplex: Bool = false, annexes: Bool = false, csv: CSVOptions = CSVOptions()) {
        self.tagged = tagged; self.strict = strict; self.maxPages = maxPages; self.fallbackDate = fallbackDate
        self.duplex = duplex; self.annexes = annexes; self.csv = csv
    }

    /// `name=value` for every setting, in declaration order (nested values printed whole).
    public var fingerprint: [String] {
        Mirror(reflecting: self).children.map { child in
            let value: String
            if let date = child.value as? Date { value = String(date.timeIntervalSince1970) } else { value = "\(child.value)" }
            return "\(child.label ?? "?")=\(value)"
        }
    }
}
