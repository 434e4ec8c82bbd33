import Foundation

/// The size a PNG declares in its IHDR chunk, read from the first 24 bytes and checked against `ImageLimits`
/// before anything is decoded.
struct PNGHeader {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    let width: Int
    let height: Int

    init(_ header: [UInt8]) throws(ImageProblem) {
        guard header.count >= 24, header.starts(with: Self.signature), Array(header[12..<16]) == Array("IHDR".utf8) else {
            throw ImageProblem("damaged PNG: no IHDR chunk after the signature")
        }
        func be32(_ o: Int) -> Int { Int(header[o]) << 24 | Int(header[o + 1]) << 16 | Int(header[o + 2]) << 8 | Int(header[o + 3]) }
        width = be32(16)
        height = be32(20)
        guard width > 0, height > 0 else { throw ImageProblem("damaged PNG: it declares \(width) × \(height) pixels") }
        guard width * height <= ImageLimits.maxPixels else {
            let megapixels = Self.grouped(Int((Double(width) * Double(height) / 1e6).rounded()))
            throw ImageProblem("PNG declares \(Self.grouped(width)) × \(Self.grouped(height)) pixels (\(megapixels) megapixels); "
                + "images over \(ImageLimits.maxPixels / 1_000_000) megapixels are refused before decoding")
        }
    }

    /// 100000 → "100,000".
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
