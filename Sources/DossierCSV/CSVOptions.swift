/// How a CSV annex is encoded.
public struct CSVOptions: Sendable, Equatable, Hashable {
    /// Start the file with the UTF-8 byte order mark `EF BB BF` (helps Excel detect UTF-8).
    public var byteOrderMark: Bool
    /// Prefix text cells that a spreadsheet would evaluate as a formula (first character `=`, `+`, `-`, `@`,
    /// TAB or CR) with a single quote `'` (CSV injection, CWE-1236). Numbers are never altered.
    public var neutralizeFormulas: Bool

    public init(byteOrderMark: Bool = false, neutralizeFormulas: Bool = true) {
        self.byteOrderMark = byteOrderMark
        self.neutralizeFormulas = neutralizeFormulas
    }
}
