import Dossier
import DossierCSV
import Foundation

/// Where and how a document's annex tables are written as CSV, and the one naming rule for their files.
public struct AnnexDestination: Sendable {
    /// The folder the files go into (created when missing).
    public var folder: URL
    /// The stem of the document's own files: its id, or the name a batch gave its output.
    public var stem: String?
    /// Only this table (by id), when set; otherwise every annex table.
    public var tableId: String?

    public init(folder: URL, stem: String? = nil, tableId: String? = nil) {
        self.folder = folder; self.stem = stem; self.tableId = tableId
    }

    /// The file name of a table: `<document-id>__<table-id>.csv` for the document's own tables, and
    /// `<pack-id>__<document-id>__<table-id>.csv` for the tables of a document bound in a pack (its page
    /// references differ from pack to pack, so two packs binding it never write the same file).
    public static func fileName(stem: String, documentId: String, ownId: String, tableId: String) -> String {
        let prefix = documentId == ownId ? stem : stem + "__" + documentId
        return CSVExport.annexFileName(documentId: prefix, tableId: tableId)
    }
}
