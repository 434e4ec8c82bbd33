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
}
