/// An image from a file — a PNG, or an SVG drawn as vectors (never rasterised) — scaled to a width or a height.
/// It is a tagged Figure whose alt text (required) screen readers read out, or, with `.artifact()`, decoration
/// they skip.
public struct Image: Block {
    /// The image node.
    public var node: ImageNode
    public var nodes: [Node] { [.image(node)] }

    public init(_ path: String, alt: String, width: Points? = nil, height: Points? = nil,
                alignment: TextAlignment = .start, file: StaticString = #fileID, line: UInt = #line) {
        node = ImageNode(path: path, alt: alt, width: width, height: height, alignment: alignment,
                         source: SourceLocation(file: "\(file)", line: Int(line)))
    }

    /// Drawn as an artifact (decoration that screen readers skip) instead of a tagged Figure.
    public func artifact(_ isArtifact: Bool = true) -> Image {
        var copy = self
        copy.node.isArtifact = isArtifact
        return copy
    }
}
