/// A PNG image from a file, scaled to a width or a height. Alt text is required for accessibility.
public struct Image: Block {
    /// The image node.
    public var node: ImageNode
    public var nodes: [Node] { [.image(node)] }

    public init(_ path: String, alt: String, width: Points? = nil, height: Points? = nil,
                alignment: TextAlignment = .start, file: StaticString = #fileID, line: UInt = #line) {
        node = ImageNode(path: path, alt: alt, width: width, height: height, alignment: alignment,
                         source: SourceLocation(file: "\(file)", line: Int(line)))
    }
}
