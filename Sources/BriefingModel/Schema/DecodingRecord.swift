/// What one decode of a type through `SchemaDiscoveryDecoder` read: the fields of a keyed container (in the
/// order read, each required or not, with its schema), the element of an unkeyed one, or a single value.
final class DecodingRecord {
    /// One field read from a keyed container.
    struct Field {
        var key: String
        var schema: JSONValue
        var required: Bool
    }

    /// The shape of the decoded value.
    enum Shape {
        case unknown
        case object([Field])
        case array(element: JSONValue)
        case single(JSONValue)
    }

    let builder: InputSchemaBuilder
    private(set) var shape = Shape.unknown
    /// Keys whose presence `init(from:)` tested with `contains`: read only when present, so optional.
    private var probed: Set<String> = []

    /// Second pass: single values throw, to find out what a type reads when a single value fails.
    let refusingSingleValues: Bool

    init(builder: InputSchemaBuilder, refusingSingleValues: Bool = false) {
        self.builder = builder
        self.refusingSingleValues = refusingSingleValues
    }

    func beginObject() {
        if case .object = shape { return }
        shape = .object([])
    }

    func probe(_ key: String) { probed.insert(key) }

    /// Records field `key`, read as `type`; optional when read with `decodeIfPresent` or after `contains`.
    func field(_ key: String, _ type: any Decodable.Type, required: Bool) {
        guard case .object(var fields) = shape else { return }
        let isRequired = required && !probed.contains(key)
        if let i = fields.firstIndex(where: { $0.key == key }) {
            fields[i].required = fields[i].required && isRequired
        } else {
            fields.append(Field(key: key, schema: builder.reference(to: type), required: isRequired))
        }
        shape = .object(fields)
    }

    func element(_ type: any Decodable.Type) {
        if case .array = shape { return }
        shape = .array(element: builder.reference(to: type))
    }

    func single(_ type: any Decodable.Type) {
        shape = .single(builder.reference(to: type))
    }
}
