import CRsvg
import Foundation

/// An SVG parsed by librsvg from its sanitised text (`SVGSource`), with no base location, so that it can
/// resolve no reference outside itself; drawn as vectors onto any cairo context (a PDF page keeps them vectors).
public final class SVGImage: @unchecked Sendable {
    private let handle: UnsafeMutablePointer<RsvgHandle>
    /// Natural size in CSS pixels (96 per inch).
    public let pixelSize: (width: Double, height: Double)
    /// The references that were removed (one line each).
    public let warnings: [String]

    /// Reads, checks and parses the file: over `ImageLimits.maxSVGBytes` is refused from its size, before reading.
    public convenience init(path: String) throws(ImageProblem) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw ImageProblem("cannot be read") }
        guard Int(info.st_size) <= ImageLimits.maxSVGBytes else {
            throw ImageProblem("SVG file is \(PNGHeader.grouped(Int(info.st_size))) bytes; SVG files over "
                + "\(ImageLimits.maxSVGBytes / 1_000_000) MB are refused before decoding")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw ImageProblem("cannot be read") }
        try self.init(data: data)
    }

    init(data: Data) throws(ImageProblem) {
        let source = try SVGSource(data)
        var error: UnsafeMutablePointer<GError>? = nil
        let bytes = Array(source.text.utf8)
        guard let handle = bytes.withUnsafeBufferPointer({ rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }) else {
            throw ImageProblem("malformed SVG: " + Self.message(error))
        }
        self.handle = handle
        warnings = source.warnings
        rsvg_handle_set_dpi(handle, 96)
        var w = 0.0, h = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(handle, &w, &h) == 0 {
            // No width and height in absolute units: the viewBox gives the proportions.
            var hasW: gboolean = 0, hasH: gboolean = 0, hasBox: gboolean = 0
            var lw = RsvgLength(), lh = RsvgLength(), box = RsvgRectangle()
            rsvg_handle_get_intrinsic_dimensions(handle, &hasW, &lw, &hasH, &lh, &hasBox, &box)
            if hasBox != 0 { w = box.width; h = box.height }
        }
        guard w.isFinite, h.isFinite, w > 0, h > 0 else {
            g_object_unref(UnsafeMutableRawPointer(handle))
            throw ImageProblem("SVG has no size: give its root width and height, or a viewBox")
        }
        pixelSize = (w, h)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Draws the document scaled into `rect` (proportions kept, as its `preserveAspectRatio` says) on `cr`.
    public func draw(on cr: OpaquePointer, x: Double, y: Double, width: Double, height: Double) throws(ImageProblem) {
        var viewport = RsvgRectangle(x: x, y: y, width: width, height: height)
        var error: UnsafeMutablePointer<GError>? = nil
        guard rsvg_handle_render_document(handle, cr, &viewport, &error) != 0 else {
            throw ImageProblem("damaged SVG: " + Self.message(error))
        }
    }

    private static func message(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "librsvg gave no reason" }
        defer { g_error_free(error) }
        return String(cString: error.pointee.message).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
