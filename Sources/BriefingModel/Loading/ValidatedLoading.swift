extension BundleLoader {
    /// Loads an input with its related bundles (a pack manifest brings in the bundles it names), checks the
    /// rules and references of whatever decoded, and returns every problem of the run at once: decoding
    /// errors beside rule and reference errors, each with its file and path. A rule or reference problem at,
    /// inside or around a field that already failed to decode only follows from that failure and is left out.
    ///
    /// `value` is the validated set when there is no error; `partial` is what decoded in any case.
    public func loadValidated(_ paths: [String]) -> LoadResult<BundleSet> {
        let loaded = loadSet(paths)
        guard let set = loaded.partial else { return loaded }
        let loadingErrors = loaded.diagnostics.filter(\.isError)
        let checks = set.validate().filter { check in
            !loadingErrors.contains { $0.file == check.file && Self.overlaps($0.path, check.path) }
        }
        let diagnostics = loaded.diagnostics + checks
        return LoadResult(value: diagnostics.hasErrors ? nil : set, diagnostics: diagnostics, partial: set)
    }

    /// Whether one JSON path is the other or lies inside it (`a.b` and `a.b[2].c`; not `a.bc`).
    public static func overlaps(_ a: String, _ b: String) -> Bool {
        func inside(_ inner: String, _ outer: String) -> Bool {
            guard inner.hasPrefix(outer) else { return false }
            if inner.count == outer.count || outer.isEmpty { return true }
            let next = inner[inner.index(inner.startIndex, offsetBy: outer.count)]
            return next == "." || next == "["
        }
        return inside(a, b) || inside(b, a)
    }
}
