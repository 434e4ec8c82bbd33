/// The files a bundle names — today its emblem (`meta.emblem`) — read from the decoded bundle, or from its raw
/// tree before it is validated (the batch hashes them to decide whether an output is up to date).
extension LoadedBundle {
    /// The bundle's `meta.emblem`, settable so that loading can record where the checked file is.
    public var emblem: Emblem? {
        get {
            switch content {
            case .visitSummary(let input): input.meta?.emblem
            case .oia(let input): input.meta?.emblem
            case .briefingPack(let manifest): manifest.meta.emblem
            }
        }
        set {
            switch content {
            case .visitSummary(var input): input.meta?.emblem = newValue; content = .visitSummary(input)
            case .oia(var input): input.meta?.emblem = newValue; content = .oia(input)
            case .briefingPack(var manifest): manifest.meta.emblem = newValue; content = .briefingPack(manifest)
            }
        }
    }
}

/// File names written in a bundle's raw tree, for callers that do not decode it.
public enum NamedFiles {
    /// The emblem's file name in `meta.emblem` (a string, or an object's `file`), if any.
    public static func emblem(in tree: JSONValue) -> String? {
        guard let emblem = tree["meta"]?["emblem"] else { return nil }
        return emblem.stringValue ?? emblem["file"]?.stringValue
    }
}
