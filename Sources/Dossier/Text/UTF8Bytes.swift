#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether both strings spell the same UTF-8 bytes: `==` without Unicode normalization, for the keys of caches
    /// (a text in another normalization form is only a miss). Why memcmp: comparing the `utf8` views element by
    /// element cost the shaping and preparation caches more than hashing their keys (callgrind, benchmark brief).
    public func hasSameUTF8(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }

    /// Whether the UTF-8 of this string holds that of `needle` (bytes, no normalization). Why memchr: the checks that
    /// skip work on most texts ("has a space", "has a soft hyphen") read every byte of every cell, and a Chinese
    /// paragraph has no space to stop them early; a loop over the `utf8` view cost 2,400 instructions a cell.
    public func containsUTF8(_ needle: String) -> Bool {
        var haystack = self, needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard h.count >= n.count, let base = h.baseAddress else { return false }
                var start = 0
                let lastStart = h.count - n.count
                while start <= lastStart,
                      let found = memchr(base + start, Int32(first), lastStart - start + 1) {
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, n.baseAddress!, n.count) == 0 { return true }
                    start = at + 1
                }
                return false
            }
        }
    }
}
