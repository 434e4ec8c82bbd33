/// Finds the Figure structure elements of a tagged PDF in document order by walking the `/K` entries from the
/// catalog's `/StructTreeRoot` (PDF 1.7 §14.7.2), mapping custom types through the `/RoleMap`.
struct PDFStructureTree {
    /// An indirect Figure structure element.
    struct Figure {
        var number: Int
        var dictionary: PDFDictionary
    }

    /// Loads an indirect object as a dictionary, or `nil` when it is not one.
    let resolve: (Int) throws -> PDFDictionary?

    func figures(structTreeRoot: PDFDictionary) throws -> [Figure] {
        var roleMap = PDFDictionary()
        switch structTreeRoot["RoleMap"] {
        case .dictionary(let map)?: roleMap = map
        case .reference(let number, _)?: roleMap = try resolve(number) ?? PDFDictionary()
        default: break
        }
        var found: [Figure] = []
        var visited = Set<Int>()
        try visit(structTreeRoot["K"], roleMap: roleMap, visited: &visited, found: &found)
        return found
    }

    private func visit(_ kid: PDFObject?, roleMap: PDFDictionary, visited: inout Set<Int>, found: inout [Figure]) throws {
        switch kid {
        case .array(let items)?:
            for item in items { try visit(item, roleMap: roleMap, visited: &visited, found: &found) }
        case .reference(let number, _)?:
            guard visited.insert(number).inserted, let element = try resolve(number), Self.isStructElement(element) else { return }
            if Self.role(of: element, roleMap: roleMap) == "Figure" { found.append(Figure(number: number, dictionary: element)) }
            try visit(element["K"], roleMap: roleMap, visited: &visited, found: &found)
        case .dictionary(let element)?:
            if Self.isStructElement(element) { throw PDFPatchError.directStructureElement }
        default:
            return
        }
    }

    /// Structure elements have `/S`; marked-content and object references (`/MCR`, `/OBJR`) do not.
    private static func isStructElement(_ dictionary: PDFDictionary) -> Bool {
        guard case .name? = dictionary["S"] else { return false }
        if case .name(let type)? = dictionary["Type"] { return type == "StructElem" }
        return true
    }

    private static func role(of element: PDFDictionary, roleMap: PDFDictionary) -> String? {
        guard case .name(var role)? = element["S"] else { return nil }
        var seen: Set<String> = [role]
        while case .name(let mapped)? = roleMap[role], seen.insert(mapped).inserted { role = mapped }
        return role
    }
}
