import DossierLayout
import Foundation

/// What a render produced.
public struct RenderResult: Sendable {
    /// Pages laid out (and drawn, when a PDF was written).
    public var pageCount: Int
    /// Where every anchor and heading landed.
    public var pageMap: PageMap
    /// Layout warnings that did not stop the render (none are left out; errors throw instead).
    public var warnings: [Diagnostic]
    /// Layout passes and their durations (forward references are settled by laying out again).
    public var passes: Int
    public var passDurations: [Duration]
    /// The PDF written, if one was asked for.
    public var pdf: URL?
    /// The annex CSV files written, in document order.
    public var annexFiles: [URL]
}

/// Why a render failed. Nothing is left under a final file name when it throws.
public struct RenderFailure: Error, CustomStringConvertible {
    /// What kind of failure.
    public enum Kind: Sendable, Equatable {
        /// A font family the stylesheet names is not installed.
        case missingFont
        /// Layout errors (or warnings, under `strict`).
        case layout
        /// A file or folder could not be written.
        case output
        /// The annex table asked for does not exist.
        case unknownTable
    }
    public var kind: Kind
    /// One line per problem.
    public var lines: [String]
    public var description: String { lines.joined(separator: "\n") }
}
