import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a PDF being patched, read-only: a file mapped into memory, or a copy of an array.
/// Why mapped: the update reads the structure objects and the page furniture, a small part of a tagged 1,000-page
/// file of tens of MB; a mapped file costs memory only for the pages read.
struct PDFBytes: @unchecked Sendable {
    private let storage: Storage
    /// The bytes (valid as long as this value lives).
    var buffer: UnsafeBufferPointer<UInt8> { storage.buffer }
    var count: Int { storage.buffer.count }
    var last: UInt8? { storage.buffer.last }

    subscript(index: Int) -> UInt8 { storage.buffer[index] }
    subscript(range: Range<Int>) -> Slice<UnsafeBufferPointer<UInt8>> { storage.buffer[range] }

    init(_ bytes: [UInt8]) { storage = Storage(copying: bytes) }

    /// Gives the system back the pages of a mapped file read so far; they are read again (from the page cache) if
    /// needed. Why: read page by page, the furniture and links of a 1,000-page tagged file touch every part of it,
    /// and the mapped pages counted in the peak memory of a long annex as much as its whole structure tree.
    func releaseReadPages() {
        guard storage.mapped, let base = storage.buffer.baseAddress else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base), storage.buffer.count, MADV_DONTNEED)
    }

    /// Maps the file at `path`; `nil` when it cannot be opened, is empty or cannot be mapped.
    init?(mapping path: String) {
        guard let storage = Storage(mapping: path) else { return nil }
        self.storage = storage
    }

    /// Owns the memory: unmaps or frees it when the last value goes.
    private final class Storage {
        let buffer: UnsafeBufferPointer<UInt8>
        let mapped: Bool

        init(copying bytes: [UInt8]) {
            let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
            _ = memory.initialize(from: bytes)
            buffer = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(memory)[0..<bytes.count])
            mapped = false
        }

        init?(mapping path: String) {
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
            let size = Int(status.st_size)
            guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
            buffer = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
            mapped = true
        }

        deinit {
            if mapped {
                munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count)
            } else {
                UnsafeMutableRawPointer(mutating: buffer.baseAddress)?.deallocate()
            }
        }
    }
}
