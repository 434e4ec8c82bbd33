import CPangoCairo
import Foundation

/// An image file checked for drawing: its format and natural size, from its header (PNG) or its parsed document
/// (SVG). Opening refuses absurd declared sizes before decoding; `verify()` decodes it fully, so that a damaged
/// file is an input error when it is loaded rather than a blank space on the page.
public struct ImageFile: Sendable {
    /// The file, as opened.
    public let path: String
    /// PNG or SVG, from the file's first bytes (not its name).
    public let format: ImageFormat
    /// Natural size in pixels (PNG) or CSS pixels (SVG), both 96 per inch.
    public let pixelSize: (width: Double, height: Double)
    /// What was removed from an SVG (external references), one line each.
    public let warnings: [String]
    private let svg: SVGImage?

    /// Reads the header (and, for an SVG, parses the document); throws what makes the file unusable.
    public init(path: String) throws(ImageProblem) {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImageProblem("cannot be read") }
        let head = [UInt8]((try? handle.read(upToCount: 24)) ?? Data())
        try? handle.close()
        format = try ImageFormat.sniff(head)
        switch format {
        case .png:
            let header = try PNGHeader(head)
            pixelSize = (Double(header.width), Double(header.height))
            warnings = []
            svg = nil
        case .svg:
            let image = try SVGImage(path: path)
            pixelSize = image.pixelSize
            warnings = image.warnings
            svg = image
        }
    }

    /// Decodes the whole image (a PNG into pixels, an SVG onto a vector recording surface): throws when damaged.
    public func verify() throws(ImageProblem) {
        switch format {
        case .png:
            guard let surface = cairo_image_surface_create_from_png(path) else { throw ImageProblem("damaged PNG") }
            defer { cairo_surface_destroy(surface) }
            let status = cairo_surface_status(surface)
            guard status == CAIRO_STATUS_SUCCESS else {
                throw ImageProblem("damaged PNG: " + String(cString: cairo_status_to_string(status)))
            }
        case .svg:
            guard let svg else { return }
            let surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nil)
            defer { cairo_surface_destroy(surface) }
            let cr = cairo_create(surface)!
            defer { cairo_destroy(cr) }
            try svg.draw(on: cr, x: 0, y: 0, width: pixelSize.width, height: pixelSize.height)
        }
    }

    /// The parsed SVG, for drawing (nil for a PNG).
    public var svgImage: SVGImage? { svg }
}
