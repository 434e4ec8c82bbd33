/// Builds the JSON Schema of a `Decodable` model type by decoding it once from a recording decoder: every field
/// the type's `init(from:)` reads becomes a property — required when read with `decode`, optional when read with
/// `decodeIfPresent` (those also accept `null`, as the loader does) — with the schema of the type it is read as.
/// Strings, booleans, integers and numbers map to their JSON types; a `ModelEnum` to its codes; arrays and
/// string-keyed dictionaries to their element's schema; any other type is discovered the same way and defined
/// once under `$defs`. `InputSchemaNotes` adds what decoding cannot show, and `CustomInputSchema` replaces
/// discovery for types that accept several shapes. Every object is closed (`additionalProperties: false`): the
/// strict view of the loader, which warns about unknown fields and rejects them under `--strict`.
public final class InputSchemaBuilder {
    private var definitions: [(name: String, schema: JSONValue)] = []
    private var named: [ObjectIdentifier: String] = [:]
    /// Definitions being discovered, and those among them that something inside referred to.
    private var inProgress: Set<String> = []
    private var recursive: Set<String> = []

    public init() {}

    /// The definitions made so far, in the order they were first needed.
    public var defs: [JSONMember] { definitions.map { JSONMember(key: $0.name, value: $0.schema) } }

    /// The schema of `type`: inline for scalars and arrays, else a `$ref` to its entry under `$defs`.
    public func reference(to type: any Decodable.Type) -> JSONValue {
        switch type {
        case is String.Type: return .object([JSONMember(key: "type", value: .string("string"))])
        case is Bool.Type: return .object([JSONMember(key: "type", value: .string("boolean"))])
        case is any FixedWidthInteger.Type: return .object([JSONMember(key: "type", value: .string("integer"))])
        case is any BinaryFloatingPoint.Type: return .object([JSONMember(key: "type", value: .string("number"))])
        case let dictionary as any StringKeyedDictionarySchema.Type:
            return .object([JSONMember(key: "type", value: .string("object")),
                            JSONMember(key: "additionalProperties", value: reference(to: dictionary.valueType))])
        default:
            break
        }
        if let name = named[ObjectIdentifier(type)] {
            if inProgress.contains(name) { recursive.insert(name) }
            return Self.ref(name)
        }
        let name = uniqueName(for: type)
        named[ObjectIdentifier(type)] = name
        let index = definitions.count
        definitions.append((name, .object([])))   // placeholder: a type that contains itself refers to its name
        inProgress.insert(name)
        defer { inProgress.remove(name) }
        let schema: JSONValue
        if let enumType = type as? any ModelEnum.Type {
            schema = enumSchema(enumType)
        } else if let custom = type as? any CustomInputSchema.Type {
            schema = custom.inputSchema(self)
        } else {
            schema = discover(type)
        }
        definitions[index].schema = schema
        // An array (or a type decoded as a single value) is not worth a definition of its own, unless a type inside
        // it refers back to it.
        if !recursive.contains(name), case .object(let members) = schema, members.first?.key == "type",
           members.first?.value == .string("array") || members.count == 1 {
            definitions.remove(at: index)
            named[ObjectIdentifier(type)] = nil
            return schema
        }
        return Self.ref(name)
    }

    /// The codes of a model vocabulary, with their labels in the description.
    private func enumSchema<E: ModelEnum>(_ type: E.Type) -> JSONValue {
        .object([
            JSONMember(key: "type", value: .string("string")),
            JSONMember(key: "enum", value: .array(E.allCases.map { .string($0.rawValue) })),
            JSONMember(key: "description", value: .string(E.allCases.map { "\($0.rawValue): \($0.label)" }.joined(separator: "; "))),
        ])
    }

    /// Decodes `type` from a recording decoder and turns what it read into a schema. A type read as a single
    /// value is decoded a second time with single values refused: a type that then reads an object accepts
    /// both shapes (a file name or `{"file": …, "alt": …}`), and its schema says so with `anyOf`.
    private func discover(_ type: any Decodable.Type) -> JSONValue {
        let notes = type as? any InputSchemaNotes.Type
        let first = DecodingRecord(builder: self)
        _ = try? type.init(from: SchemaDiscoveryDecoder(record: first))
        let schema = Self.schema(of: first.shape, notes: notes)
        guard case .single = first.shape else { return schema }
        let second = DecodingRecord(builder: self, refusingSingleValues: true)
        _ = try? type.init(from: SchemaDiscoveryDecoder(record: second))
        guard case .object = second.shape else { return schema }
        return .object([JSONMember(key: "anyOf", value: .array([schema, Self.schema(of: second.shape, notes: notes)]))])
    }

    private static func schema(of shape: DecodingRecord.Shape, notes: (any InputSchemaNotes.Type)?) -> JSONValue {
        var schema: [JSONMember]
        switch shape {
        case .object(let fields):
            var properties: [JSONMember] = []
            for field in fields {
                var member = field.schema
                if let extra = notes?.fieldKeywords[field.key] { member = adding(extra, to: member) }
                properties.append(JSONMember(key: field.key, value: field.required ? member : nullable(member)))
            }
            schema = [JSONMember(key: "type", value: .string("object"))]
            if let description = notes?.schemaDescription { schema.append(JSONMember(key: "description", value: .string(description))) }
            schema.append(JSONMember(key: "properties", value: .object(properties)))
            let required = fields.filter(\.required).map { JSONValue.string($0.key) }
            if !required.isEmpty { schema.append(JSONMember(key: "required", value: .array(required))) }
            schema.append(JSONMember(key: "additionalProperties", value: .bool(false)))
            schema += notes?.objectKeywords ?? []
        case .array(let element):
            schema = [JSONMember(key: "type", value: .string("array")), JSONMember(key: "items", value: element)]
        case .single(let value):
            return value
        case .unknown:
            schema = []
        }
        return .object(schema)
    }

    /// A name for `$defs`: the type's name without its module, nested names joined by dots.
    private func uniqueName(for type: any Decodable.Type) -> String {
        var parts = String(reflecting: type).split(separator: ".").map(String.init)
        if parts.count > 1 { parts.removeFirst() }
        // Generic types (an array that contains itself): their short form, `Array<ReportSection>`.
        let base = parts.joined(separator: ".").contains("<") ? String(describing: type) : parts.joined(separator: ".")
        var name = base
        var n = 2
        while definitions.contains(where: { $0.name == name }) { name = "\(base)\(n)"; n += 1 }
        return name
    }

    static func ref(_ name: String) -> JSONValue {
        .object([JSONMember(key: "$ref", value: .string("#/$defs/" + name))])
    }

    /// `schema` with `keywords` added (beside a `$ref`, they apply too: draft 2020-12).
    static func adding(_ keywords: [JSONMember], to schema: JSONValue) -> JSONValue {
        guard case .object(var members) = schema else { return schema }
        members += keywords
        return .object(members)
    }

    /// The schema of an optional field: the loader reads `null` as absent.
    static func nullable(_ schema: JSONValue) -> JSONValue {
        if case .object(var members) = schema, let i = members.firstIndex(where: { $0.key == "type" }),
           case .string(let type) = members[i].value {
            members[i].value = .array([.string(type), .string("null")])
            if let e = members.firstIndex(where: { $0.key == "enum" }), case .array(let values) = members[e].value {
                members[e].value = .array(values + [.null])
            }
            if let c = members.firstIndex(where: { $0.key == "const" }) {
                members[c] = JSONMember(key: "enum", value: .array([members[c].value, .null]))
            }
            return .object(members)
        }
        return .object([JSONMember(key: "anyOf", value: .array([schema, .object([JSONMember(key: "type", value: .string("null"))])]))])
    }
}
