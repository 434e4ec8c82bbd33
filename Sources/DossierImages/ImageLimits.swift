/// The sizes beyond which an image is refused from its header, before it is decoded: a PNG declaring more pixels
/// would take gigabytes once decoded, and an SVG this large is not a drawn emblem.
public enum ImageLimits {
    /// Most pixels a PNG may declare in its IHDR chunk (50 megapixels, about 200 MB decoded).
    public static let maxPixels = 50_000_000
    /// Largest SVG file, in bytes (10 MB).
    public static let maxSVGBytes = 10_000_000
}
