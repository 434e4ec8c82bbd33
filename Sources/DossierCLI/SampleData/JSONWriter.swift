/// A JSON value whose objects keep their members in the order written, printed the same way every
/// time (two-space indentation, `"key": value`, UTF-8 text unescaped except where JSON requires it).
indirect enum OrderedJSON {
    case object([(String, OrderedJSON)])
    case array([OrderedJSON])
    case string(String)
    case int(Int)
    case bool(Bool)

    /// The pretty-printed text, ending with a newline.
    var text: String {
        var out = ""
        write(&out, indent: 0)
        out += "\n"
        return out
    }

    private func write(_ out: inout String, indent: Int) {
        switch self {
        case .string(let s): Self.quote(s, into: &out)
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .array(let items):
            // Short arrays of scalars on one line, like the hand-written samples.
            if items.allSatisfy(\.isScalar) && items.count <= 8 {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.write(&out, indent: indent)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                item.write(&out, indent: indent + 2)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                Self.quote(key, into: &out)
                out += ": "
                value.write(&out, indent: indent + 2)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    private static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// Builds the members of a JSON object in order, leaving out absent optional values.
struct ObjectBuilder {
    private(set) var members: [(String, OrderedJSON)] = []

    mutating func set(_ key: String, _ value: OrderedJSON) { members.append((key, value)) }
    mutating func set(_ key: String, _ value: String) { members.append((key, .string(value))) }
    mutating func set(_ key: String, _ value: Int) { members.append((key, .int(value))) }
    mutating func set(_ key: String, _ value: Bool) { members.append((key, .bool(value))) }
    mutating func set(_ key: String, _ value: String?) { if let value { set(key, value) } }
    mutating func set(_ key: String, strings: [String]) { members.append((key, .array(strings.map(OrderedJSON.string)))) }

    var json: OrderedJSON { .object(members) }
}

/// `{ ... }` from a builder closure.
func jsonObject(_ build: (inout ObjectBuilder) -> Void) -> OrderedJSON {
    var b = ObjectBuilder()
    build(&b)
    return b.json
}
