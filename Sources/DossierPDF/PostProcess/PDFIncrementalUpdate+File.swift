import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PDFIncrementalUpdate {
    /// Patches the PDF at `url` in place: reads it, lets `edit` set what to change, and writes the result to a
    /// hidden temporary file in the same directory renamed over `url`, so a failure never leaves a half-written PDF.
    public static func patchFile(at url: URL, _ edit: (inout PDFIncrementalUpdate) throws -> Void) throws {
        var update = try PDFIncrementalUpdate(contentsOf: url)
        try edit(&update)
        let patched = try update.apply()
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        do {
            try patched.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Appends the update to a file that is not published yet (a renderer's temporary file): only the new
    /// objects are written, and the file is flushed, so memory holds the original bytes once.
    public static func appendUpdate(to url: URL, _ edit: (inout PDFIncrementalUpdate) throws -> Void) throws {
        var update = try PDFIncrementalUpdate(contentsOf: url)
        try edit(&update)
        let tail = try update.appendix()
        guard !tail.isEmpty else { return }
        guard let file = fopen(url.path, "ab") else { throw PDFPatchError.unwritable(url.path) }
        defer { fclose(file) }
        let written = tail.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == tail.count, fflush(file) == 0, fsync(fileno(file)) == 0 else { throw PDFPatchError.unwritable(url.path) }
    }
}
