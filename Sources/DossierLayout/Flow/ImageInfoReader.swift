import Dossier
import Foundation

/// Reads the pixel size of PNG files from their header, so layout can size images without a graphics library.
struct ImageInfoReader: Sendable {
    /// Why an image cannot be used.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func pixelSize(of path: String) throws -> Size {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Failure(description: "no such file or not readable") }
        defer { try? handle.close() }
        let header = [UInt8](handle.readData(ofLength: 24))
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard header.count == 24, Array(header[0..<8]) == signature, Array(header[12..<16]) == Array("IHDR".utf8) else {
            throw Failure(description: "not a PNG file")
        }
        func be32(_ o: Int) -> Int { Int(header[o]) << 24 | Int(header[o + 1]) << 16 | Int(header[o + 2]) << 8 | Int(header[o + 3]) }
        let w = be32(16), h = be32(20)
        guard w > 0, h > 0 else { throw Failure(description: "PNG has no pixels") }
        return Size(width: Points(w), height: Points(h))
    }
}
