/// Paper sizes a document or a page template can use.
public enum PaperSize: String, Sendable, Equatable, Hashable, CaseIterable {
    case a4 = "A4"
    case letter = "Letter"

    /// The portrait size in points.
    public var portrait: Size {
        switch self {
        case .a4: return Size(width: 595.2756, height: 841.8898)
        case .letter: return Size(width: 612, height: 792)
        }
    }
}

/// Page orientation.
public enum Orientation: String, Sendable, Equatable, Hashable {
    case portrait
    case landscape
}

/// The geometry of a page: paper, orientation and margins.
public struct PageGeometry: Sendable, Equatable, Hashable {
    /// Paper size.
    public var paper: PaperSize
    /// Portrait or landscape.
    public var orientation: Orientation
    /// Margins around the body frame. Header and footer live inside the top and bottom margins.
    public var margins: EdgeInsets

    public init(paper: PaperSize = .a4, orientation: Orientation = .portrait,
                margins: EdgeInsets = EdgeInsets(all: Length.mm(20))) {
        self.paper = paper; self.orientation = orientation; self.margins = margins
    }

    /// The page size after orientation.
    public var size: Size {
        let p = paper.portrait
        return orientation == .portrait ? p : Size(width: p.height, height: p.width)
    }

    /// The body frame: the page minus margins.
    public var bodyFrame: Rect {
        let s = size
        return Rect(x: margins.leading, y: margins.top,
                    width: s.width - margins.horizontal, height: s.height - margins.vertical)
    }

    /// The same geometry turned to landscape.
    public var landscape: PageGeometry { var g = self; g.orientation = .landscape; return g }
}
