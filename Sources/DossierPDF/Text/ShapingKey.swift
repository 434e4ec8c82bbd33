import Dossier
import DossierLayout

/// A cache key for shaping requests that hashes and compares the text's UTF-8 bytes.
/// Why: `String` hashing and equality normalise to NFC first, which costs more than shaping
/// caches save on accented text (measured with callgrind on the benchmark brief).
struct ShapingKey: Hashable {
    let request: TextRequest
    private let digest: Int

    init(_ request: TextRequest) {
        self.request = request
        var h = Hasher()
        var s = request.text.string
        s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        h.combine(request.text.spans)
        h.combine(request.style)
        h.combine(request.width)
        digest = h.finalize()
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    static func == (a: ShapingKey, b: ShapingKey) -> Bool {
        a.digest == b.digest && a.request.width == b.request.width && a.request.style == b.request.style
            && a.request.text.spans == b.request.text.spans
            && a.request.text.string.hasSameUTF8(as: b.request.text.string)
    }
}
