/// Metadata of a rendered document, as written in a bundle's `meta` (docs/input-contract.md §2.3 RenderedDocumentMeta).
///
/// Every field is optional here; a briefing-pack manifest must give `title`, `issuingEntity`,
/// `distribution`, `sensitivity`, `date`, `originalLanguage` and `language` (checked by validation).
/// `ResolvedDocumentMeta` fills the gaps with the defaults of docs/input-contract.md §2.4.
public struct RenderedDocumentMeta: Codable, Sendable, Equatable {
    public var title: String?
    public var subtitle: String?
    public var issuingEntity: String?
    public var distribution: DistributionCategory?
    public var sensitivity: Sensitivity?
    /// The full date of issue.
    public var date: PartialDate?
    public var originalLanguage: Language?
    public var language: Language?
    public var symbol: String?
    public var jobNumber: String?
    public var reissue: Reissue?
    /// A4 when absent.
    public var pageSize: PageSize?
    /// e.g. "DRAFT".
    public var watermark: String?
    /// The document is a translation made for demonstration, not an official version: marked on every page.
    public var unofficialTranslation: Bool?
    /// The issuing organisation's emblem for the masthead (an SVG or PNG file beside the input).
    public var emblem: Emblem?
}

/// A reissue notice of a rendered document (docs/input-contract.md §2.3 RenderedDocumentMeta.reissue).
public struct Reissue: Codable, Sendable, Equatable {
    public var date: PartialDate
    public var reason: String
}

/// Document metadata with every default applied: what a template prints in the masthead.
public struct ResolvedDocumentMeta: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    public var issuingEntity: String
    public var distribution: DistributionCategory
    public var sensitivity: Sensitivity
    /// Printed only when given ("31 July 2018").
    public var date: PartialDate?
    public var originalLanguage: Language
    public var language: Language
    public var symbol: String?
    public var jobNumber: String?
    public var reissue: Reissue?
    public var pageSize: PageSize
    /// Watermarks to print on every page: `meta.watermark`, then `illustrativeWatermark` for illustrative input
    /// (templates print that one in the document's language).
    public var watermarks: [String]
    /// Marked on every page as an unofficial translation for demonstration.
    public var unofficialTranslation: Bool
    /// The emblem to print in the masthead, when the input names one (its `location` is set once checked).
    public var emblem: Emblem?
    /// The watermark of illustrative input, as listed in `watermarks`.
    public static let illustrativeWatermark = "ILLUSTRATIVE"

    /// Applies `meta` over the given defaults.
    init(meta: RenderedDocumentMeta?, title: String, issuingEntity: String,
         distribution: DistributionCategory, sensitivity: Sensitivity, isIllustrative: Bool) {
        self.title = meta?.title ?? title
        subtitle = meta?.subtitle
        self.issuingEntity = meta?.issuingEntity ?? issuingEntity
        self.distribution = meta?.distribution ?? distribution
        self.sensitivity = meta?.sensitivity ?? sensitivity
        date = meta?.date
        originalLanguage = meta?.originalLanguage ?? .en
        language = meta?.language ?? .en
        symbol = meta?.symbol
        jobNumber = meta?.jobNumber
        reissue = meta?.reissue
        pageSize = meta?.pageSize ?? .a4
        watermarks = [meta?.watermark, isIllustrative ? Self.illustrativeWatermark : nil].compactMap { $0 }
        unofficialTranslation = meta?.unofficialTranslation ?? false
        emblem = meta?.emblem
    }
}
