import Foundation

/// The kinds of image Dossier draws: PNG (raster, painted as is) and SVG (drawn as vectors by librsvg).
public enum ImageFormat: String, Sendable {
    case png, svg

    /// Tells the format from the first bytes of a file: the PNG signature, else XML text (an SVG candidate).
    static func sniff(_ head: [UInt8]) throws(ImageProblem) -> ImageFormat {
        if head.starts(with: PNGHeader.signature) { return .png }
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }   // UTF-8 byte-order mark
        if let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "<") { return .svg }
        throw ImageProblem("not a PNG or SVG file (expected the PNG signature or an XML document with an <svg> root)")
    }
}
