import Dossier

/// A block ready for pagination: the document tree after styles, levels, numbers and labels are resolved.
indirect enum FlowBlock: Sendable {
    /// A paragraph, heading, list item or quote paragraph.
    case text(TextBlock)
    /// Vertical space; dropped at the top of a page.
    case space(Points)
    /// A horizontal rule.
    case rule(RuleNode)
    /// A forced page break.
    case pageBreak(PageBreakNode)
    /// An image with its drawn size resolved.
    case image(ImageBlock)
    /// A box or a keep-together group around blocks.
    case container(ContainerBlock)
    /// A table.
    case table(TableBlock)
    /// A bar chart.
    case chart(ChartBlock)
    /// A timeline.
    case timeline(TimelineBlock)
    /// A named destination.
    case anchor(String)
    /// Zero-height records: an outline entry without printed text, the start of a part.
    case marks([PageItem])
    /// Contents entries, expanded from the previous pass's headings, in a region of the given direction.
    case tableOfContents(TOCNode, TextDirection)
    /// Opens a structure element spanning several blocks (lists, quotes).
    case beginTag(StructureTag)
    /// Closes it.
    case endTag(StructureTag)

    /// Zero-height records placed where they fall (structure tags, anchors, marks), not content.
    var isRecord: Bool {
        switch self {
        case .beginTag, .endTag, .anchor, .marks: return true
        default: return false
        }
    }

    /// Keep on the same page as the next block.
    var keepWithNext: Bool {
        if case .text(let t) = self { return t.style.keepWithNext && t.startLine == 0 }
        return false
    }
}

/// Text waiting to be laid out, possibly the remainder of a paragraph split across pages.
struct TextBlock: Sendable {
    /// Inline content (page references are resolved at layout time).
    var content: Text
    /// Resolved paragraph style.
    var style: ParagraphStyle
    /// Hanging label ("1.", "(a)", "•", "I.").
    var label: String?
    /// Width of the gutter the label hangs in (included in `style.startIndent`).
    var labelWidth: Points
    /// Structure tag.
    var tag: StructureTag
    /// Heading record, when this is a heading.
    var heading: HeadingMark?
    /// Anchor placed at the top of the block.
    var anchor: String?
    /// Template location.
    var source: SourceLocation
    /// Direction of the region the block is laid out in (right to left: the block is mirrored, its label hangs at
    /// the right). The text's own direction is `style.direction`.
    var region: TextDirection = .leftToRight
    /// First line still to place (after a split).
    var startLine: Int = 0
    /// Shaping result, kept once computed so a remainder does not shape again.
    var shaped: ShapedText?
    /// Set on contents entries: the page number printed at the end side, after a dot leader.
    var tocEntry: TOCEntry? = nil
    /// Numbers of the footnotes whose marks are in this block, in order (assigned in document order).
    var footnoteNumbers: [Int] = []
    /// Footnotes found when the block was shaped: the byte offset of each mark and the note block.
    var footnotes: [PlacedFootnote] = []
}

/// A footnote mark in shaped text and the note to print at the foot of the page.
struct PlacedFootnote: Sendable {
    /// Byte offset of the mark in the shaped text.
    var offset: Int
    /// The note, ready to lay out.
    var note: TextBlock
}

/// The page number and link target of a contents entry.
struct TOCEntry: Sendable {
    var page: String
    var anchor: String
}

/// An image with its file and drawn size.
struct ImageBlock: Sendable {
    var path: String
    var alt: String
    var size: Size
    var alignment: TextAlignment
    var source: SourceLocation
    /// Direction of the region (alignment is relative to it).
    var direction: TextDirection = .leftToRight
    /// Drawn as an artifact rather than a tagged Figure.
    var isArtifact = false
}

/// What a container does.
enum ContainerKind: Sendable {
    /// A box with border, background and padding.
    case box(border: Stroke?, background: Color?, padding: EdgeInsets, spacing: Points)
    /// Blocks kept on one page when possible.
    case keepTogether
}

/// Blocks inside a box or keep-together group.
struct ContainerBlock: Sendable {
    var kind: ContainerKind
    var children: [FlowBlock]
    var source: SourceLocation
    /// Direction of the region inside (a box's leading padding is on the right in a right-to-left region).
    var direction: TextDirection = .leftToRight
    /// True for the pieces after the first (a box continued on the next page).
    var isContinuation: Bool = false
}
