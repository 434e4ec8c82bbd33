import BriefingModel
import Dossier
import Foundation

/// The wording of one template file in one language, read at run time from `Templates/Text/<lang>/<name>.json`
/// (or `DOSSIER_TEXT_DIR/<lang>/<name>.json`), so a language service edits it without recompiling.
///
/// A message is a string with `{name}` placeholders, or — when it depends on a count — an object of the
/// language's CLDR plural categories, with the count as `{count}`. Files are checked when they load: every
/// language has exactly the English file's keys (a missing or unknown key is an error naming the file), a
/// plural message has exactly its language's categories, and uses only placeholders of the English message.
public struct TemplateText: Sendable {
    /// A message: plain, or one form per plural category.
    enum Message: Sendable {
        case text(String)
        case plural([PluralCategory: String])
    }

    /// The language of the wording (`en`, `fr` …).
    public let language: String
    /// The file the wording came from, for error messages.
    public let source: String
    let messages: [String: Message]
    /// The language's forms (dates, lists, labels …), for templates that hold only their wording; nil for the
    /// format and label files themselves.
    public private(set) var forms: LanguageForms?

    /// Loads and checks `<lang>/<name>.json` against the English file, with the language's forms.
    public static func load(_ name: String, language: String) throws -> TemplateText {
        var text = try plain(name, language: language)
        text.forms = try LanguageForms(language: language)
        return text
    }

    /// Loads and checks `<lang>/<name>.json` against the English file.
    static func plain(_ name: String, language: String) throws -> TemplateText {
        let english = try read(name, language: "en")
        guard language != "en" else { return english }
        let text = try read(name, language: language)
        try text.check(against: english)
        return text
    }

    /// The folder holding one folder per language.
    public static var folder: URL? { TemplateResources.folders.first }

    private static func read(_ name: String, language: String) throws -> TemplateText {
        guard let folder else { throw TemplateTextError(message: "template text resources are missing") }
        let url = folder.appendingPathComponent(language).appendingPathComponent("\(name).json")
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TemplateTextError(message: "\(url.path): cannot read template text (\(error.localizedDescription))")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw TemplateTextError(message: "\(url.path): expected a JSON object of messages")
        }
        let categories = Set(PluralCategory.categories(language: language))
        var messages: [String: Message] = [:]
        for (key, value) in object {
            if let s = value as? String { messages[key] = .text(s); continue }
            guard let forms = value as? [String: String] else {
                throw TemplateTextError(message: "\(url.path): \(key): expected a string or an object of plural forms")
            }
            var plural: [PluralCategory: String] = [:]
            for (category, form) in forms {
                guard let c = PluralCategory(rawValue: category), categories.contains(c) else {
                    throw TemplateTextError(message: "\(url.path): \(key): \"\(category)\" is not a plural category of \(language) "
                                            + "(expected \(PluralCategory.categories(language: language).map(\.rawValue).joined(separator: ", ")))")
                }
                plural[c] = form
            }
            guard Set(plural.keys) == categories else {
                let missing = categories.subtracting(plural.keys).map(\.rawValue).sorted()
                throw TemplateTextError(message: "\(url.path): \(key): missing plural forms \(missing.joined(separator: ", "))")
            }
            messages[key] = .plural(plural)
        }
        return TemplateText(language: language, source: url.path, messages: messages, forms: nil)
    }

    /// The same keys as English, and no placeholder English does not have.
    func check(against english: TemplateText) throws {
        let missing = Set(english.messages.keys).subtracting(messages.keys).sorted()
        let unknown = Set(messages.keys).subtracting(english.messages.keys).sorted()
        var problems: [String] = []
        if !missing.isEmpty { problems.append("missing messages: " + missing.joined(separator: ", ")) }
        if !unknown.isEmpty { problems.append("unknown messages: " + unknown.joined(separator: ", ")) }
        for (key, message) in messages.sorted(by: { $0.key < $1.key }) {
            guard let reference = english.messages[key] else { continue }
            let extra = Self.placeholders(message).subtracting(Self.placeholders(reference))
            if !extra.isEmpty { problems.append("\(key): placeholders not in English: " + extra.sorted().joined(separator: ", ")) }
        }
        if !problems.isEmpty { throw TemplateTextError(message: "\(source): " + problems.joined(separator: "; ")) }
    }

    static func placeholders(_ m: Message) -> Set<String> {
        switch m {
        case .text(let s): return placeholders(s)
        case .plural(let forms): return forms.values.reduce(into: Set<String>()) { $0.formUnion(placeholders($1)) }
        }
    }

    static func placeholders(_ s: String) -> Set<String> {
        var out = Set<String>()
        var rest = s[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    /// Whether the file has `key`.
    public func has(_ key: String) -> Bool { messages[key] != nil }

    /// The text of `key` with `{name}` placeholders replaced; a plural message takes the form of `count`
    /// (`values["count"]` is then set to it, unless given). A key no English file has is a bug in the template
    /// (the files are checked when they load, so no edit of a language file can cause it): it stops the program.
    public func callAsFunction(_ key: String, _ values: [String: String] = [:], count: Int? = nil) -> String {
        guard let message = messages[key] else { fatalError("template text: no message \"\(key)\" in \(source)") }
        var s: String
        var values = values
        switch message {
        case .text(let t): s = t
        case .plural(let forms):
            let n = count ?? 0
            s = forms[PluralCategory.of(n, language: language)] ?? forms[.other] ?? ""
            if values["count"] == nil { values["count"] = String(n) }
        }
        for (k, v) in values.sorted(by: { $0.key < $1.key }) { s = s.replacingOccurrences(of: "{\(k)}", with: v) }
        return s
    }
}

/// A template text file that cannot be used.
public struct TemplateTextError: Error, CustomStringConvertible {
    /// What went wrong, with the file.
    public let message: String
    public var description: String { message }
}

extension TemplateText {
    /// The language's forms; every file loaded with `load(_:language:)` has them.
    private var f: LanguageForms {
        guard let forms else { fatalError("template text \(source) was loaded without its language's forms") }
        return forms
    }
    /// A date in the language's UN form.
    public func date(_ d: PartialDate) -> String { f.date(d) }
    /// A date range in the language's form.
    public func range(_ r: DateRange) -> String { f.range(r) }
    /// Items joined as the language writes a list.
    public func list(_ items: [String]) -> String { f.list(items) }
    /// The label of a model value in the language.
    public func label<E: ModelEnum>(_ value: E) -> String { f.label(value) }
    /// Text between the language's quotation marks.
    public func quoted(_ s: String) -> String { f.quoted(s) }
    /// An integer with the language's grouping.
    public func number(_ n: Int) -> String { f.number(n) }
    /// A person's name with the honorific where the language places it.
    public func person(_ p: Person) -> String { f.person(p.name, honorific: p.honorific) }
    /// A person's surname with the honorific, for attributions.
    public func personShort(_ p: Person) -> String { f.person(f.surname(p.name), honorific: p.honorific) }
}

extension TemplateText {
    /// The language's heading numbering (chapters, sections, paragraphs, subparagraphs).
    public var headingNumbering: HeadingNumbering { f.headingNumbering }
    /// The labels of the language's numbered paragraphs ("1.", "1 -").
    public var paragraphNumbering: HeadingNumberStyle { f.paragraphNumbering }
    /// The language's first-level subparagraph labels ("(a)", "a)", "(أ)").
    public var subparagraphMarker: ListMarker { f.subparagraphMarker }
    /// The conventions the layout applies to every text run of a document in this language.
    public var typography: Typography { Typography(language: language, footnoteMarks: f.footnoteMarkPosition) }
    /// Sorted in the language's alphabetical order.
    public func sorted<T>(_ items: [T], by key: (T) -> String) -> [T] { f.sorted(items, by: key) }
}

extension TemplateText {
    /// "Label: value" as the language writes it (`common:labelValue`), the label part bold.
    public func labelled(_ label: String, _ value: Text) -> Text {
        let message = self("labelValue", ["label": label])
        guard let at = message.range(of: "{value}") else { return Text(message).bold() + value }
        return Text(String(message[..<at.lowerBound])).bold() + value + Text(String(message[at.upperBound...]))
    }

    /// "Label: value" as plain text.
    public func labelled(_ label: String, _ value: String) -> String { self("labelValue", ["label": label, "value": value]) }

    /// A resolution as running text names it: "resolution 2395 (2017)", "第2395(2017)号决议".
    public func resolutionInText(_ r: ResolutionRef) -> String { self("resolution.inText", ["number": resolutionNumber(r)]) }

    /// A resolution's number form in the language: "2395 (2017)", "2395(2017)".
    public func resolutionNumber(_ r: ResolutionRef) -> String {
        switch r.resolvedOrgan {
        case .securityCouncil:
            return r.year.map { self("resolution.numberSC", ["number": String(r.number), "year": String($0)]) } ?? String(r.number)
        case .generalAssembly:
            return r.session.map { self("resolution.numberGA", ["session": String($0), "number": String(r.number)]) } ?? String(r.number)
        }
    }
}

extension TemplateText {
    /// A thematic area's label in the language (`labels[lang]`), else its catalogue label.
    public func areaLabel(_ area: ThematicArea) -> String { area.labels?[language] ?? area.label }
}
