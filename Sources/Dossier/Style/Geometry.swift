/// A length in PostScript points (1/72 inch), the unit of every coordinate in Dossier.
public typealias Points = Double

/// Unit conversions used by page setups and styles.
public enum Length {
    /// Millimetres to points.
    public static func mm(_ value: Double) -> Points { value * 72.0 / 25.4 }
    /// Inches to points.
    public static func inch(_ value: Double) -> Points { value * 72.0 }
}

/// A width and a height in points.
public struct Size: Sendable, Equatable, Hashable {
    /// Horizontal extent.
    public var width: Points
    /// Vertical extent.
    public var height: Points
    public init(width: Points, height: Points) { self.width = width; self.height = height }
}

/// An axis-aligned rectangle; `y` grows downwards from the top of the page.
public struct Rect: Sendable, Equatable, Hashable {
    public var x: Points
    public var y: Points
    public var width: Points
    public var height: Points
    public init(x: Points, y: Points, width: Points, height: Points) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    /// Right edge.
    public var maxX: Points { x + width }
    /// Bottom edge.
    public var maxY: Points { y + height }
    /// The same rectangle moved by `dx`, `dy`.
    public func offsetBy(dx: Points, dy: Points) -> Rect { Rect(x: x + dx, y: y + dy, width: width, height: height) }
}

/// Space on the four sides of a box (margins, padding).
public struct EdgeInsets: Sendable, Equatable, Hashable {
    public var top: Points
    public var leading: Points
    public var bottom: Points
    public var trailing: Points
    public init(top: Points = 0, leading: Points = 0, bottom: Points = 0, trailing: Points = 0) {
        self.top = top; self.leading = leading; self.bottom = bottom; self.trailing = trailing
    }
    /// The same inset on every side.
    public init(all value: Points) { self.init(top: value, leading: value, bottom: value, trailing: value) }
    /// Vertical and horizontal insets.
    public init(vertical: Points, horizontal: Points) {
        self.init(top: vertical, leading: horizontal, bottom: vertical, trailing: horizontal)
    }
    /// Sum of leading and trailing.
    public var horizontal: Points { leading + trailing }
    /// Sum of top and bottom.
    public var vertical: Points { top + bottom }
}

/// An RGB colour with components in 0...1.
public struct Color: Sendable, Equatable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public init(red: Double, green: Double, blue: Double) { self.red = red; self.green = green; self.blue = blue }
    /// A grey of the given lightness (0 black, 1 white).
    public static func gray(_ level: Double) -> Color { Color(red: level, green: level, blue: level) }
    /// Colour from a 0xRRGGBB integer.
    public static func hex(_ value: UInt32) -> Color {
        Color(red: Double((value >> 16) & 0xFF) / 255, green: Double((value >> 8) & 0xFF) / 255, blue: Double(value & 0xFF) / 255)
    }
    public static let black = Color.gray(0)
    public static let white = Color.gray(1)
    /// The blue of United Nations documents' emblem, used for accents.
    public static let unBlue = Color.hex(0x009EDB)
}

/// A line drawn around or between boxes.
public struct Stroke: Sendable, Equatable, Hashable {
    /// Line width in points.
    public var width: Points
    /// Line colour.
    public var color: Color
    public init(width: Points = 0.5, color: Color = .black) { self.width = width; self.color = color }
}
