/// State shared by one tolerant decode of a `JSONValue` tree: the diagnostics found so far and the
/// object members read, so that unread members can be reported as unknown fields.
final class TreeDecodingSession {
    let file: String
    /// Accept numbers and booleans where text is expected (YAML: `version: 1`, `schemaVersion: 0.1`).
    let scalarsAsText: Bool
    private(set) var diagnostics: [ModelDiagnostic] = []
    private var objectPaths: [String] = []
    private var objectMembers: [String: [String]] = [:]
    private var readKeys: [String: Set<String>] = [:]

    init(file: String, scalarsAsText: Bool = false) {
        self.file = file
        self.scalarsAsText = scalarsAsText
    }

    /// Records an error unless decoding a placeholder.
    func report(_ message: String, at path: [any CodingKey], silent: Bool) {
        guard !silent else { return }
        diagnostics.append(ModelDiagnostic(.error, file: file, path: path.jsonPath, message: message))
    }

    /// Registers an object decoded as a record (for the unknown-field check).
    func registerObject(_ members: [JSONMember], at path: [any CodingKey]) {
        let key = path.jsonPath
        if objectMembers[key] == nil { objectPaths.append(key) }
        objectMembers[key] = members.map(\.key)
    }

    /// Marks member `key` of the object at `path` as read.
    func markRead(_ key: String, at path: [any CodingKey]) {
        readKeys[path.jsonPath, default: []].insert(key)
    }

    /// One diagnostic per member that no decoded type read: warnings, or errors when `strict`.
    func unknownFieldDiagnostics(strict: Bool) -> [ModelDiagnostic] {
        objectPaths.flatMap { path in
            let read = readKeys[path] ?? []
            // A top-level `$schema` names the JSON Schema for editors (`dossier schema`): known, never reported.
            return (objectMembers[path] ?? []).filter { !read.contains($0) && !(path.isEmpty && $0 == "$schema") }.map { key in
                ModelDiagnostic(strict ? .error : .warning, file: file,
                                path: path.isEmpty ? key : path + "." + key, message: "unknown field `\(key)`")
            }
        }
    }

    /// Decodes `T` from `node`, reporting every problem instead of stopping at the first. Scalars and
    /// model enums are read here; other types through a `TreeDecoder`. A value that cannot be read is
    /// replaced by a placeholder so that decoding continues.
    func decode<T: Decodable>(_ type: T.Type, from node: JSONValue, path: [any CodingKey], silent: Bool) throws -> T {
        switch type {
        case is String.Type:
            return string(node, path, silent) as! T
        case is Bool.Type:
            return bool(node, path, silent) as! T
        case let integerType as any FixedWidthInteger.Type:
            return integer(integerType, node, path, silent) as! T
        case let floatType as any BinaryFloatingPoint.Type:
            return float(floatType, node, path, silent) as! T
        case let enumType as any ModelEnum.Type:
            return modelEnum(enumType, node, path, silent) as! T
        default:
            return try T(from: TreeDecoder(node: node, session: self, codingPath: path, silent: silent))
        }
    }

    /// A stand-in value for a missing or unreadable `T`, decoded silently from `null`.
    func placeholder<T: Decodable>(_ type: T.Type, path: [any CodingKey]) throws -> T {
        try decode(type, from: .null, path: path, silent: true)
    }

    private func string(_ node: JSONValue, _ path: [any CodingKey], _ silent: Bool) -> String {
        switch node {
        case .string(let text): return text
        case .integer(let value) where scalarsAsText: return String(value)
        case .double(let value) where scalarsAsText: return String(value)
        case .bool(let value) where scalarsAsText: return String(value)
        default: break
        }
        report("expected a string, found \(node.kindDescription)", at: path, silent: silent)
        return ""
    }

    private func bool(_ node: JSONValue, _ path: [any CodingKey], _ silent: Bool) -> Bool {
        if case .bool(let value) = node { return value }
        report("expected a boolean, found \(node.kindDescription)", at: path, silent: silent)
        return false
    }

    private func integer<I: FixedWidthInteger>(_ type: I.Type, _ node: JSONValue, _ path: [any CodingKey], _ silent: Bool) -> I {
        switch node {
        case .integer(let value):
            if let exact = I(exactly: value) { return exact }
        case .double(let value):
            if let exact = I(exactly: value) { return exact }
        default:
            break
        }
        let found = if case .double(let value) = node { String(value) } else { node.kindDescription }
        report("expected an integer, found \(found)", at: path, silent: silent)
        return 0
    }

    private func float<F: BinaryFloatingPoint>(_ type: F.Type, _ node: JSONValue, _ path: [any CodingKey], _ silent: Bool) -> F {
        switch node {
        case .integer(let value): return F(value)
        case .double(let value): return F(value)
        default:
            report("expected a number, found \(node.kindDescription)", at: path, silent: silent)
            return 0
        }
    }

    private func modelEnum<E: ModelEnum>(_ type: E.Type, _ node: JSONValue, _ path: [any CodingKey], _ silent: Bool) -> E {
        if case .string(let raw) = node, let value = E(rawValue: raw) { return value }
        let found = if case .string = node { node.shortDescription } else { node.kindDescription }
        report("expected one of \(E.acceptedValues), found \(found)", at: path, silent: silent)
        return E.allCases[0]
    }
}

/// The coding key of an array element.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "[\(intValue ?? 0)]" }

    init(_ index: Int) {
        intValue = index
    }

    init?(stringValue: String) {
        return nil
    }

    init?(intValue: Int) {
        self.intValue = intValue
    }
}

extension Array where Element == any CodingKey {
    /// JSON path form: `visit.delegation[2].role`; "" for the root.
    var jsonPath: String {
        var path = ""
        for key in self {
            if key is IndexKey {
                path += key.stringValue
            } else {
                path += path.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return path
    }
}
