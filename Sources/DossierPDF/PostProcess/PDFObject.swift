/// A parsed PDF object. Strings, names and numbers keep their bytes as written so rewriting an object
/// reproduces every entry it does not change.
public indirect enum PDFObject: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number as written (`12`, `-3.5`).
    case number(String)
    /// A name without its leading `/`, as written (with any `#xx` escapes).
    case name(String)
    /// A literal string: the bytes between the outer parentheses, escapes kept.
    case literalString([UInt8])
    /// A hexadecimal string: the bytes between `<` and `>`.
    case hexString([UInt8])
    case array([PDFObject])
    case dictionary(PDFDictionary)
    /// An indirect reference `number generation R`.
    case reference(number: Int, generation: Int)

    /// The integer value of a whole number.
    public var integer: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }

    /// The serialized form.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out += Array("null".utf8)
        case .bool(let value): out += Array((value ? "true" : "false").utf8)
        case .number(let text): out += Array(text.utf8)
        case .name(let name): out.append(UInt8(ascii: "/")); out += Array(name.utf8)
        case .literalString(let raw): out.append(UInt8(ascii: "(")); out += raw; out.append(UInt8(ascii: ")"))
        case .hexString(let raw): out.append(UInt8(ascii: "<")); out += raw; out.append(UInt8(ascii: ">"))
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: " ")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .dictionary(let dictionary): dictionary.write(to: &out)
        case .reference(let number, let generation): out += Array("\(number) \(generation) R".utf8)
        }
    }
}

/// A PDF dictionary whose entries keep their order, so output is deterministic and close to the input.
public struct PDFDictionary: Sendable, Equatable {
    /// Keys (names without `/`) and values in order.
    public private(set) var entries: [(key: String, value: PDFObject)]

    public init(_ entries: [(key: String, value: PDFObject)] = []) { self.entries = entries }

    /// The value for `key`; setting replaces it in place or appends it, setting `nil` removes it.
    public subscript(key: String) -> PDFObject? {
        get { entries.first { $0.key == key }?.value }
        set {
            let index = entries.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let i?, let value?): entries[i].value = value
            case (let i?, nil): entries.remove(at: i)
            case (nil, let value?): entries.append((key, value))
            case (nil, nil): break
            }
        }
    }

    public static func == (lhs: PDFDictionary, rhs: PDFDictionary) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.key == $1.key && $0.value == $1.value }
    }

    func write(to out: inout [UInt8]) {
        out += Array("<<".utf8)
        for (key, value) in entries {
            out += Array(" /\(key) ".utf8)
            value.write(to: &out)
        }
        out += Array(" >>".utf8)
    }
}
