/// The pages of a PDF in order, found by walking the page tree from the catalog's `/Pages` (PDF 1.7 §7.7.3):
/// each page's object number, dictionary and resources (its own, or inherited from the tree).
struct PDFPageTree {
    struct Page {
        var number: Int
        var dictionary: PDFDictionary
        var resources: PDFDictionary?
    }

    static func pages(_ objects: PDFObjectStore, root: PDFDictionary) throws -> [Page] {
        var result: [Page] = []
        var visited = Set<Int>()
        func visit(_ node: PDFObject?, inherited: PDFObject?) throws {
            guard case .reference(let number, _)? = node, visited.insert(number).inserted,
                  let dictionary = try objects.dictionaryIfPresent(number) else { return }
            let resources = dictionary["Resources"] ?? inherited
            if case .array(let kids)? = dictionary["Kids"] {
                for kid in kids { try visit(kid, inherited: resources) }
            } else {
                result.append(Page(number: number, dictionary: dictionary, resources: try objects.dictionary(resolving: resources)))
            }
        }
        try visit(root["Pages"], inherited: nil)
        return result
    }
}
