extension Array where Element == PageItem {
    /// The content of a structure element that holds links, arranged so that cairo 1.16 can tag it: cairo marks
    /// content only in leaf elements, and each link is a child element, so text beside a link would be left out
    /// of the structure tree. The drawn items go into a Span and the links follow it, as its siblings. Use it on
    /// every fragment of an element with links (also those without one), so the element never mixes the two.
    func separatingTextFromLinks() -> [PageItem] {
        let isLink: (PageItem) -> Bool = { if case .link = $0 { return true } else { return false } }
        return [.beginTag(.span)] + filter { !isLink($0) } + [.endTag(.span)] + filter(isLink)
    }
}
