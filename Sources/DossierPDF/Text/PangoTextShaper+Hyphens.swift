import CPangoCairo
import Dossier
import DossierLayout
import Foundation

extension PangoTextShaper {
    /// Corrects justified lines that Pango 1.50 stretched past the layout width when they end at a soft hyphen.
    ///
    /// Why: when a line's last break is a soft hyphen that Pango accepted without measuring it (more than three average
    /// characters from the end of the line), it distributes the line's slack between the spaces as if the hyphen it
    /// draws took no room, so the line ends one hyphen width past the margin (measured: 485.5 pt lines in a 482 pt
    /// column, 3.5 pt being the hyphen of Liberation Serif at 10.5 pt; the same line set ragged is 460.7 pt). The
    /// overflow is taken back from the line's spaces (no-break spaces too: total fit, `LayoutContext.fittingLines`, turns
    /// the spaces it does not break at into them), which Pango widened by more than that. A line still too wide
    /// (none seen) has its soft hyphen undone by the layout engine (`LayoutContext.limitingHyphens`).
    func correctHyphenatedJustification(_ layout: OpaquePointer, request: TextRequest) {
        guard request.style.alignment == .justified, request.width > 0,
              request.text.string.containsUTF8(SoftHyphen.string) else { return }
        let bytes = Array(request.text.string.utf8)
        let available = Int32((request.width * Double(PANGO_SCALE)).rounded(.down))
        let indent = pango_layout_get_indent(layout)
        // `pango_layout_get_lines` (not the read-only variant) so that Pango keeps no cached extents of the lines.
        var node = pango_layout_get_lines(layout)
        while let n = node {
            defer { node = n.pointee.next }
            guard let line = n.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self) else { continue }
            let start = Int(line.pointee.start_index), end = start + Int(line.pointee.length)
            guard end >= 2, end <= bytes.count, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xAD else { continue }
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_line_get_extents(line, &ink, &logical)
            let room = available - (line.pointee.is_paragraph_start != 0 ? max(indent, 0) : 0)
            let overflow = logical.width - room
            guard overflow > 0 else { continue }
            // The space glyphs of the line (Pango widened them to justify it).
            var spaces: [UnsafeMutablePointer<PangoGlyphInfo>] = []
            var run = line.pointee.runs
            while let r = run {
                defer { run = r.pointee.next }
                guard let glyphItem = r.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                      let item = glyphItem.pointee.item, let glyphs = glyphItem.pointee.glyphs else { continue }
                let offset = Int(item.pointee.offset)
                for i in 0..<Int(glyphs.pointee.num_glyphs) {
                    let byte = offset + Int(glyphs.pointee.log_clusters[i])
                    let isSpace = byte < bytes.count && (bytes[byte] == 0x20
                        || (bytes[byte] == 0xC2 && byte + 1 < bytes.count && bytes[byte + 1] == 0xA0))   // no-break spaces too
                    if isSpace { spaces.append(glyphs.pointee.glyphs + i) }
                }
            }
            guard !spaces.isEmpty else { continue }
            let share = overflow / Int32(spaces.count), rest = overflow % Int32(spaces.count)
            for (i, glyph) in spaces.enumerated() {
                glyph.pointee.geometry.width -= share + (i < Int(rest) ? 1 : 0)
            }
        }
    }
}
