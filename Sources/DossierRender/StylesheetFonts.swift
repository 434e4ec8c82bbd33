import Dossier

extension Stylesheet {
    /// Every font family list the styles name (comma-separated stacks), for checking that they are installed.
    /// Read by reflection over the stylesheet's styles, so a style added later is checked too.
    public var fontFamilyLists: [String] {
        Mirror(reflecting: self).children.flatMap { child -> [String] in
            if let style = child.value as? ParagraphStyle { return [style.font.family] }
            if let styles = child.value as? [ParagraphStyle] { return styles.map(\.font.family) }
            return []
        }
    }
}
