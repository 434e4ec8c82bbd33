import CPangoCairo
import Dossier
import DossierLayout
import Foundation

/// What the shaper does per script: line-break opportunities from Pango's log attributes, the font of Chinese
/// punctuation, and the check that every character was drawn from the style's own font stack.
extension PangoTextShaper {
    /// The pieces of `text` between Pango's line-break opportunities for the style's language (UAX #14 with Pango's
    /// tailoring): words in English, ideographs in Chinese with the punctuation that may not start or end a line.
    /// A soft hyphen is not counted as an opportunity (hyphenation points do not narrow a column).
    public func unbreakableSegments(_ text: String, style: ParagraphStyle) -> [Substring] {
        // Why: asked for every cell of every fraction column (20,000-row annexes); text in Latin letters and general
        // punctuation breaks where the plain word split says, without asking Pango.
        if text.unicodeScalars.allSatisfy({ $0.value < 0x0250 || (0x2000...0x206F).contains($0.value) }) {
            return Self.wordSegments(text)
        }
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        var attrs = [PangoLogAttr](repeating: PangoLogAttr(), count: scalars.count + 1)
        let language = style.language.flatMap { pango_language_from_string($0) }
        text.withCString { pointer in
            pango_get_log_attrs(pointer, Int32(strlen(pointer)), -1, language, &attrs, Int32(attrs.count))
        }
        var pieces: [Substring] = []
        var start = text.unicodeScalars.startIndex
        var index = start
        func flush(_ end: String.UnicodeScalarView.Index) {
            let piece = text.unicodeScalars[start..<end]
            let trimmed = Substring(piece).trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty, let r = Substring(piece).range(of: trimmed) { pieces.append(Substring(piece)[r]) }
            start = end
        }
        for i in 0..<scalars.count {
            if i > 0 && attrs[i].is_line_break != 0 && scalars[i - 1] != "\u{00AD}" { flush(index) }
            index = text.unicodeScalars.index(after: index)
        }
        flush(text.unicodeScalars.endIndex)
        return pieces
    }

    /// The characters of a shaped layout that no font of the style's stack drew: those of runs Pango took from a
    /// font outside the stack (fontconfig's fallback), and those drawn as unknown glyphs. Characters that are never
    /// drawn (default-ignorable code points such as the word joiner) are not counted.
    func missingCharacters(_ layout: OpaquePointer, _ request: TextRequest) -> [MissingCharacter] {
        let stack = fontStack(request)
        var out: [MissingCharacter] = []
        guard let iter = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iter) }
        let text = request.text.string
        // Runs of a layout mostly share their font: the last answer is kept.
        var last: (font: UnsafeMutablePointer<PangoFont>?, family: String?, inStack: Bool)? = nil
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter), let item = run.pointee.item?.pointee else { continue }
            let font = item.analysis.font
            if last == nil || last!.font != font {
                let family = Self.family(of: font)
                last = (font, family, family.map { stack.contains($0.lowercased()) } ?? false)
            }
            let family = last!.family
            if last!.inStack {
                guard let glyphs = run.pointee.glyphs?.pointee else { continue }
                for g in 0..<Int(glyphs.num_glyphs) where glyphs.glyphs[g].glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 {
                    let offset = Int(item.offset) + Int(glyphs.log_clusters[g])
                    if let scalar = Self.scalar(in: text, at: offset), Self.isDrawn(scalar) {
                        out.append(MissingCharacter(scalar: scalar, offset: offset, fallback: nil))
                    }
                }
            } else {
                let start = Int(item.offset), end = start + Int(item.length)
                var offset = 0
                for scalar in text.unicodeScalars {
                    defer { offset += UTF8.width(scalar) }
                    guard offset >= start else { continue }
                    if offset >= end { break }
                    if Self.isDrawn(scalar) && !scalar.properties.isWhitespace {
                        out.append(MissingCharacter(scalar: scalar, offset: offset, fallback: family))
                    }
                }
            }
        } while pango_layout_iter_next_run(iter) != 0
        return out
    }

    /// The families a request may be drawn with, lower-cased: its stack, and the CJK punctuation's (the same families).
    private func fontStack(_ request: TextRequest) -> Set<String> {
        let key = request.style.font.family
        if let known = fontStacks[key] { return known }
        let stack = Set(request.style.font.families.map { $0.lowercased() })
        fontStacks[key] = stack
        return stack
    }

    /// The family of a font Pango chose, from its fontconfig pattern.
    static func family(of font: UnsafeMutablePointer<PangoFont>?) -> String? {
        guard let font, g_type_check_instance_is_a(UnsafeMutablePointer<GTypeInstance>(OpaquePointer(font)), pango_fc_font_get_type()) != 0
        else { return nil }
        let fc = UnsafeMutableRawPointer(font).assumingMemoryBound(to: PangoFcFont.self)
        guard let pattern = pango_fc_font_get_pattern(fc) else { return nil }
        var value: UnsafeMutablePointer<FcChar8>? = nil
        guard FcPatternGetString(pattern, "family", 0, &value) == FcResultMatch, let value else { return nil }
        return String(cString: value)
    }

    private static func scalar(in text: String, at offset: Int) -> Unicode.Scalar? {
        let utf8 = text.utf8
        guard let i = utf8.index(utf8.startIndex, offsetBy: offset, limitedBy: utf8.endIndex), i < utf8.endIndex,
              let s = i.samePosition(in: text.unicodeScalars) else { return nil }
        return text.unicodeScalars[s]
    }

    /// Whether a character is drawn at all (default-ignorable code points and controls are not).
    private static func isDrawn(_ s: Unicode.Scalar) -> Bool {
        !s.properties.isDefaultIgnorableCodePoint && s.properties.generalCategory != .control
    }

    /// Punctuation that Chinese text sets full width, from the CJK font, although Latin fonts have it too: quotation
    /// marks, the dash, the ellipsis and the middle dot (of transliterated names). Why: the stack puts the Latin font
    /// first (Latin words and digits in Chinese text are set in it), which would otherwise give Chinese text Latin
    /// quotation marks. Why a switch, not a set: it is asked for every character of every Chinese cell, and hashing
    /// each one cost more than the rest of preparing the cell's attributes.
    static func isFullWidthInCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2015, 0x2026, 0x00B7: return true
        default: return false
        }
    }

    /// The family list given to the punctuation of `fullWidthInCJK` in a Chinese, Japanese or Korean paragraph: the
    /// stack's first family that supports the language, then the stack. Empty for other paragraphs.
    func scriptFamilies(_ request: TextRequest) -> [String] {
        guard let language = request.style.language, language.hasPrefix("zh") || language.hasPrefix("ja") || language.hasPrefix("ko")
        else { return [] }
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        let families = request.style.font.families
        guard let cjk = fonts.firstFamily(supporting: primary == "zh" ? "zh-cn" : primary, in: families) else { return [] }
        return [cjk] + families.filter { $0 != cjk }
    }

    /// Adds to `list` the CJK font for the full-width punctuation of a Chinese, Japanese or Korean paragraph.
    func addScriptFonts(_ list: OpaquePointer, _ request: TextRequest) {
        guard request.text.string.unicodeScalars.contains(where: Self.isFullWidthInCJK) else { return }
        let families = scriptFamilies(request)
        guard !families.isEmpty else { return }
        let stack = families.joined(separator: ", ")
        var offset = 0
        for scalar in request.text.string.unicodeScalars {
            let length = UTF8.width(scalar)
            if Self.isFullWidthInCJK(scalar), let attr = pango_attr_family_new(stack) {
                attr.pointee.start_index = UInt32(offset)
                attr.pointee.end_index = UInt32(offset + length)
                pango_attr_list_insert(list, attr)
            }
            offset += length
        }
    }
}
