import Dossier
import DossierImages
import Foundation

/// Reads the natural size of an image (a PNG's header, an SVG's root) so layout can size it; refuses what
/// `ImageFile` refuses (absurd declared sizes, text in an SVG) before anything is decoded, then decodes it once, so
/// that a damaged file a template names is a render error, not an empty space on the page.
struct ImageInfoReader: Sendable {
    /// The size in pixels at 96 per inch (CSS pixels for an SVG).
    func pixelSize(of path: String) throws -> Size {
        let file = try ImageFile(path: path)
        try file.verify()
        return Size(width: Points(file.pixelSize.width), height: Points(file.pixelSize.height))
    }
}
