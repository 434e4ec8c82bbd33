import Dossier
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exports a table model as a CSV annex: a header row of the exported columns' keys, then one record per
/// data row (group headings, subtotals and footers are printed only).
public enum CSVExport {
    /// Errors raised while writing an annex.
    public enum Failure: Error, Equatable {
        /// The temporary file could not be created.
        case cannotCreate(path: String)
        /// The temporary file could not be renamed over the final name (`errno`).
        case cannotRename(from: String, to: String, errno: Int32)
    }

    /// Writes `table` to `url` atomically: into a hidden temporary file in the same directory, renamed over
    /// the final name once complete, so a failure never leaves a half-written file under the final name.
    public static func write(_ table: TableModel, to url: URL, options: CSVOptions = CSVOptions()) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw Failure.cannotCreate(path: temporary.path)
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            var writer = CSVWriter(sink: FileHandleSink(handle: handle), options: options)
            try encode(table, into: &writer)
            try handle.synchronize()
            guard rename(temporary.path, url.path) == 0 else {
                throw Failure.cannotRename(from: temporary.path, to: url.path, errno: errno)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// The CSV bytes of `table`.
    public static func data(_ table: TableModel, options: CSVOptions = CSVOptions()) -> [UInt8] {
        var writer = CSVWriter(sink: ByteArraySink(), options: options)
        // ByteArraySink never throws.
        try! encode(table, into: &writer)
        return writer.sink.bytes
    }

    /// The annex file name `<document-id>__<table-id>.csv`, with path separators and `..` removed from both ids.
    public static func annexFileName(documentId: String, tableId: String) -> String {
        "\(sanitize(documentId))__\(sanitize(tableId)).csv"
    }

    private static func encode<Sink>(_ table: TableModel, into writer: inout CSVWriter<Sink>) throws {
        let columns = table.exportedColumnIndices
        try writer.writeRecord(columns.map { table.columns[$0].key })
        for row in table.dataRows {
            for index in columns {
                writer.writeField(index < row.values.count ? row.values[index] : .empty)
            }
            try writer.endRecord()
        }
        try writer.finish()
    }

    /// Replaces `/`, `\`, NUL and control characters with `_`, collapses `..` and keeps the name from being hidden.
    private static func sanitize(_ id: String) -> String {
        var name = String(id.unicodeScalars.map { scalar -> Character in
            scalar == "/" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F ? "_" : Character(scalar)
        })
        while name.contains("..") { name = name.replacingOccurrences(of: "..", with: "_") }
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return name.isEmpty ? "_" : name
    }
}
