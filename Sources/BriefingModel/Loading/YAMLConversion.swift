import Yams

/// Converts a YAML document into the same `JSONValue` tree as its JSON equivalent.
enum YAMLConversion {
    /// A YAML problem located by 1-based line and column when known.
    struct Failure: Error {
        var message: String
        var line: Int?
        var column: Int?
    }

    /// Parses `text`; an empty document is an empty object.
    static func parse(_ text: String) throws(Failure) -> JSONValue {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw failure(from: error)
        } catch {
            throw Failure(message: "invalid YAML: \(error)")
        }
        guard let root else { return .object([]) }
        return try convert(root)
    }

    private static func failure(from error: YamlError) -> Failure {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return Failure(message: "invalid YAML: \(detail)", line: mark.line, column: mark.column)
        case .reader(let problem, _, _, _):
            return Failure(message: "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Failure(message: "invalid YAML: duplicate key \(duplicates.joined(separator: ", "))",
                           line: context.mark.line, column: context.mark.column)
        default:
            return Failure(message: "invalid YAML: \(error)")
        }
    }

    private static func convert(_ node: Node) throws(Failure) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            return convert(scalar: scalar, node: node)
        case .sequence(let sequence):
            var items: [JSONValue] = []
            for item in sequence { items.append(try convert(item)) }
            return .array(items)
        case .mapping(let mapping):
            var members: [JSONMember] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw Failure(message: "invalid YAML: mapping keys must be scalars",
                                  line: key.mark?.line, column: key.mark?.column)
                }
                members.append(JSONMember(key: keyScalar.string, value: try convert(value)))
            }
            return .object(members)
        case .alias:
            throw Failure(message: "invalid YAML: unresolved alias", line: node.mark?.line, column: node.mark?.column)
        }
    }

    private static func convert(scalar: Node.Scalar, node: Node) -> JSONValue {
        switch node.tag.description {
        case Tag.Name.null.rawValue: .null
        case Tag.Name.bool.rawValue: node.bool.map(JSONValue.bool) ?? .string(scalar.string)
        case Tag.Name.int.rawValue: node.int.map(JSONValue.integer) ?? .string(scalar.string)
        case Tag.Name.float.rawValue: node.float.map(JSONValue.double) ?? .string(scalar.string)
        default: .string(scalar.string)
        }
    }
}
