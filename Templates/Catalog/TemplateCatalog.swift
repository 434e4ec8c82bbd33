import Foundation

/// Every template a command line knows: the built-in ones (country-visit, oia, briefing-pack, bench-brief), then
/// those a program registers before it parses its arguments — a package with its own report types registers them
/// and gets `render`, `csv`, `validate`, `batch`, `schema` and `templates` for them (see `Examples/`).
public enum TemplateCatalog {
    /// The templates this package ships, in listing order.
    public static var builtIn: [any ReportTemplate.Type] { [CountryVisitTemplate.self, OIATemplate.self,
                                                            BriefingPackTemplate.self, BenchBriefTemplate.self] }

    /// Templates in listing order: the built-in ones, then the registered ones in registration order.
    public static var all: [any ReportTemplate.Type] { builtIn + registry.templates }

    /// The template called `name`.
    public static func named(_ name: String) -> (any ReportTemplate.Type)? { all.first { $0.name == name } }

    /// Adds templates to the catalogue (call before parsing the command line). A name already known replaces
    /// nothing: registering a template whose name is taken is a programming error and stops the program.
    public static func register(_ templates: any ReportTemplate.Type...) {
        for t in templates {
            precondition(named(t.name) == nil, "a template named \"\(t.name)\" is already in the catalogue")
            registry.add(t)
        }
    }

    private static let registry = Registry()

    /// The registered templates, behind a lock (registration may happen from any thread).
    private final class Registry: @unchecked Sendable {
        // @unchecked: `list` is guarded by `lock`.
        private let lock = NSLock()
        private var list: [any ReportTemplate.Type] = []
        var templates: [any ReportTemplate.Type] { lock.withLock { list } }
        func add(_ t: any ReportTemplate.Type) { lock.withLock { list.append(t) } }
    }
}
