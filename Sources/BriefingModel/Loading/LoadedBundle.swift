/// The decoded content of one input bundle.
public enum BundleContent: Sendable, Equatable {
    case visitSummary(VisitSummaryInput)
    case oia(OIAInput)
    case briefingPack(BriefingPackManifest)

    /// The bundle as its common protocol.
    public var bundle: any InputBundle {
        switch self {
        case .visitSummary(let input): input
        case .oia(let input): input
        case .briefingPack(let manifest): manifest
        }
    }

    /// The kind of bundle.
    public var kind: BundleKind { type(of: bundle).kind }
}

/// One bundle loaded from a file: its content, the file it came from and its document tree.
public struct LoadedBundle: Sendable, Equatable {
    /// The path as given to the loader (or resolved against a pack manifest's folder).
    public var file: String
    public var content: BundleContent
    /// The generic tree the content was decoded from (used to merge records across bundles).
    public var tree: JSONValue

    public var kind: BundleKind { content.kind }

    /// The document id (`visit.id`, `oia.id` or the pack's `id`), else the file name without extension.
    public var documentId: String {
        let id = content.bundle.documentId
        guard id.isEmpty else { return id }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The language the bundle's data is written in: `meta.language` (a pack: its `language`), English when absent.
    /// A bundle's language is part of its identity: bundles of different languages are never merged.
    public var language: Language {
        switch content {
        case .visitSummary(let input): input.meta?.language ?? .en
        case .oia(let input): input.meta?.language ?? .en
        case .briefingPack(let manifest): manifest.language
        }
    }

    /// Rule 7 of docs/input-contract.md: whether the renderer must watermark this document as illustrative.
    public var isIllustrative: Bool { content.bundle.isIllustrative }

    /// The visit-summary input, if that is what this bundle is.
    public var visitSummary: VisitSummaryInput? {
        if case .visitSummary(let input) = content { return input }
        return nil
    }

    /// The OIA input, if that is what this bundle is.
    public var oiaInput: OIAInput? {
        if case .oia(let input) = content { return input }
        return nil
    }

    /// The pack manifest, if that is what this bundle is.
    public var packManifest: BriefingPackManifest? {
        if case .briefingPack(let manifest) = content { return manifest }
        return nil
    }
}

/// A loaded value (absent when loading found errors) and every diagnostic found on the way.
public struct LoadResult<Value: Sendable>: Sendable {
    /// The value, when it loaded without errors.
    public var value: Value?
    public var diagnostics: [ModelDiagnostic]
    /// What decoded even with errors (unreadable fields hold placeholders), so that rules and references
    /// can still be checked and every problem of a file reported in one run; nil when nothing decoded.
    public var partial: Value?

    public init(value: Value?, diagnostics: [ModelDiagnostic], partial: Value? = nil) {
        self.value = value
        self.diagnostics = diagnostics
        self.partial = partial ?? value
    }
}
