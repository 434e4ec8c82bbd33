/// Finds the structure elements of one type (Figure, TH) of a tagged PDF in document order by walking the `/K`
/// entries from the catalog's `/StructTreeRoot` (PDF 1.7 §14.7.2), mapping custom types through the `/RoleMap`.
struct PDFStructureTree {
    /// An indirect structure element.
    struct Element {
        var number: Int
        var dictionary: PDFDictionary
    }

    /// Loads an indirect object as a dictionary, or `nil` when it is not one.
    let resolve: (Int) throws -> PDFDictionary?
    /// Reads only an element's `/S`, cheaply (a tagged table holds an element per cell).
    var peekType: ((Int) throws -> String?)? = nil

    /// - Parameter leaves: types that cannot hold `type`: not searched below (their type is peeked, not parsed).
    func elements(_ type: String, structTreeRoot: PDFDictionary, leaves: Set<String> = []) throws -> [Element] {
        var roleMap = PDFDictionary()
        switch structTreeRoot["RoleMap"] {
        case .dictionary(let map)?: roleMap = map
        case .reference(let number, _)?: roleMap = try resolve(number) ?? PDFDictionary()
        default: break
        }
        var found: [Element] = []
        var visited = Set<Int>()
        try visit(structTreeRoot["K"], type: type, leaves: leaves, roleMap: roleMap, visited: &visited, found: &found)
        return found
    }

    private func visit(_ kid: PDFObject?, type: String, leaves: Set<String>, roleMap: PDFDictionary, visited: inout Set<Int>,
                       found: inout [Element]) throws {
        switch kid {
        case .array(let items)?:
            for item in items { try visit(item, type: type, leaves: leaves, roleMap: roleMap, visited: &visited, found: &found) }
        case .reference(let number, _)?:
            guard visited.insert(number).inserted else { return }
            if let peekType, let peeked = try peekType(number), peeked != type, leaves.contains(Self.role(peeked, roleMap)) { return }
            guard let element = try resolve(number), Self.isStructElement(element) else { return }
            let role = Self.role(of: element, roleMap: roleMap)
            if role == type { found.append(Element(number: number, dictionary: element)) }
            if let role, leaves.contains(role) { return }
            try visit(element["K"], type: type, leaves: leaves, roleMap: roleMap, visited: &visited, found: &found)
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
        guard case .name(let name)? = element["S"] else { return nil }
        return role(name, roleMap)
    }

    /// A type mapped through the role map to a standard type.
    private static func role(_ name: String, _ roleMap: PDFDictionary) -> String {
        guard roleMap[name] != nil else { return name }   // cairo writes standard types: most names map to nothing
        var role = name
        var seen: Set<String> = [role]
        while case .name(let mapped)? = roleMap[role], seen.insert(mapped).inserted { role = mapped }
        return role
    }
}
