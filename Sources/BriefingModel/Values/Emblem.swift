/// The issuing organisation's emblem, shown in the masthead (`meta.emblem`).
///
/// Written as `{"file": "emblem.svg", "alt": "…"}`, or as a plain string naming the file (the alt text is then the
/// organisation's name). The file is an SVG (drawn as vectors) or a PNG, named relative to the input's own folder
/// (or a configured assets folder); see `InputFileConfinement` for what is refused.
public struct Emblem: Codable, Sendable, Equatable {
    /// The image file as written in the input, relative to the input's folder.
    public var file: String
    /// Alternative text for screen readers; the organisation's name when absent.
    public var alt: String?
    /// The confined, checked file to draw: set when the input is loaded and its files are checked, nil before.
    public var location: String?
    /// The JSON path of the file name below `meta.emblem`: `.file`, or empty when the emblem was written as a string.
    public var fileField: String = ".file"

    private enum CodingKeys: String, CodingKey { case file, alt }

    public init(file: String, alt: String? = nil) { self.file = file; self.alt = alt }

    /// Accepts a string (the file) or an object with `file` and `alt`.
    public init(from decoder: any Decoder) throws {
        if let tree = decoder as? TreeDecoder {
            if case .string(let name) = tree.node { file = name; alt = nil; fileField = ""; return }
        } else if let name = try? decoder.singleValueContainer().decode(String.self) {
            file = name; alt = nil; fileField = ""; return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        alt = try c.decodeIfPresent(String.self, forKey: .alt)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encodeIfPresent(alt, forKey: .alt)
    }
}

/// What the JSON Schema says about `meta.emblem`, beyond its two shapes.
extension Emblem: InputSchemaNotes {
    public static var schemaDescription: String? {
        "The issuing organisation's emblem for the masthead: a file name, or {\"file\": …, \"alt\": …} with the alt text "
            + "for screen readers (the organisation's name when absent). The file is an SVG (drawn as vectors; no text, "
            + "filters or external references) or a PNG (at most 50 megapixels), in the input's folder or an --assets "
            + "folder: no absolute path, no \"..\" segment, no symbolic link leading outside."
    }
}
