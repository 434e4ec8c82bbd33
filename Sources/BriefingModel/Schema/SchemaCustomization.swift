/// A type that states its own JSON Schema instead of having it discovered by decoding: for a value whose
/// `init(from:)` accepts more than one shape (a string or an object, say), which decoding a placeholder
/// cannot see. The schema describes exactly what `init(from:)` accepts.
public protocol CustomInputSchema: Decodable {
    /// The schema of this type. Use `schemas.reference(to:)` for the schema of another model type (it is then
    /// defined once under `$defs`).
    static func inputSchema(_ schemas: InputSchemaBuilder) -> JSONValue
}

/// Declared metadata a model type adds to the schema discovered from its `Decodable` conformance: what the
/// decoder cannot show by itself (ranges the validator enforces, a constant, a description). The fields and
/// whether they are required still come from decoding, so a field added to the type appears in the schema
/// without being named here.
public protocol InputSchemaNotes {
    /// What the type is, for the schema's `description`.
    static var schemaDescription: String? { get }
    /// Keywords added to a field's schema (`minimum`, `const`, `description` …), by JSON field name.
    static var fieldKeywords: [String: [JSONMember]] { get }
    /// Keywords added to the type's own object schema (`dependentRequired` …).
    static var objectKeywords: [JSONMember] { get }
}

extension InputSchemaNotes {
    public static var schemaDescription: String? { nil }
    public static var fieldKeywords: [String: [JSONMember]] { [:] }
    public static var objectKeywords: [JSONMember] { [] }
}

/// A JSON object keyed by strings (`[String: V]`), whose value type decoding a placeholder cannot show.
protocol StringKeyedDictionarySchema {
    static var valueType: any Decodable.Type { get }
}

extension Dictionary: StringKeyedDictionarySchema where Key == String, Value: Decodable {
    static var valueType: any Decodable.Type { Value.self }
}
