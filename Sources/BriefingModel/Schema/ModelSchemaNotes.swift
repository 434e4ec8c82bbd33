/// The rules `Validation` applies to every partial date, stated in the schema too.
extension PartialDate: InputSchemaNotes {
    public static var schemaDescription: String? {
        "A date known to year, month or day precision (docs/input-contract.md §2.1): {\"year\": 2017}, "
            + "{\"year\": 2017, \"month\": 6}, {\"year\": 2018, \"month\": 7, \"day\": 31}, optionally qualified "
            + "({\"year\": 2017, \"qualifier\": \"early\"}). A day needs a month; the validator also checks the day "
            + "against the month's length, and requires a full date where the contract does (meta.date of a pack)."
    }
    public static var fieldKeywords: [String: [JSONMember]] {
        ["month": [JSONMember(key: "minimum", value: .integer(1)), JSONMember(key: "maximum", value: .integer(12))],
         "day": [JSONMember(key: "minimum", value: .integer(1)), JSONMember(key: "maximum", value: .integer(31))]]
    }
    public static var objectKeywords: [JSONMember] {
        [JSONMember(key: "dependentRequired", value: .object([JSONMember(key: "day", value: .array([.string("month")]))]))]
    }
}

extension DateRange: InputSchemaNotes {
    public static var schemaDescription: String? { "A period with at least one known end (docs/input-contract.md §2.1)." }
    public static var objectKeywords: [JSONMember] {
        [JSONMember(key: "minProperties", value: .integer(1))]
    }
}

/// Every bundle's `schema` field, when given, must name the bundle's kind (the loader refuses another).
extension InputSchemaNotes where Self: InputBundle {
    public static var fieldKeywords: [String: [JSONMember]] {
        ["schema": [JSONMember(key: "const", value: .string(kind.schema))]]
    }
}

extension VisitSummaryInput: InputSchemaNotes {}
extension OIAInput: InputSchemaNotes {}
extension BriefingPackManifest: InputSchemaNotes {}
