// A test-only module whose public types have the names of Dossier's DSL blocks, as SwiftUI's have on Apple
// platforms: a file importing both must qualify them (`Dossier.Section`), and NameClashTests proves it can.

/// A text view, named like `Dossier.Text`.
public struct Text: Equatable { public var content: String; public init(_ content: String) { self.content = content } }
/// An image view, named like `Dossier.Image`.
public struct Image: Equatable { public var name: String; public init(_ name: String) { self.name = name } }
/// A list view, named like `Dossier.List`.
public struct List: Equatable { public var rows: [String]; public init(_ rows: [String]) { self.rows = rows } }
/// A section view, named like `Dossier.Section`.
public struct Section: Equatable { public var header: String; public init(_ header: String) { self.header = header } }
/// A group view, named like `Dossier.Group`.
public struct Group: Equatable { public var count: Int; public init(_ count: Int) { self.count = count } }
/// A table view, named like `Dossier.Table`.
public struct Table: Equatable { public var columns: Int; public init(columns: Int) { self.columns = columns } }
