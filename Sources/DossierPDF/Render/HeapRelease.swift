import CPangoCairo

/// Hands the memory freed by a finished PDF surface back to the system before the file is read again.
/// Why: cairo frees its structure tree and objects in many small blocks, and glibc keeps them in the heap, so
/// the post-processing of a 20,000-row annex (which maps the file it reads) added its pages on top of a heap
/// that no longer held anything; `malloc_trim` returns the free pages (measured on peak RSS, README).
enum HeapRelease {
    static func returnFreedMemory() {
        #if canImport(Glibc)
        _ = malloc_trim(0)
        #endif
    }
}
