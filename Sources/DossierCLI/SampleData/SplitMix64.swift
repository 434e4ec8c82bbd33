/// SplitMix64 (Steele, Lea and Flood 2014): a tiny seeded generator whose sequence is fixed by its
/// definition, so the same seed gives the same sample files on every platform and Swift version.
/// (The standard library's `random(in:using:)` is not specified bit for bit; the helpers below are.)
struct SplitMix64 {
    private(set) var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, by multiply-shift (Lemire) without rejection: the bias is below 2^-32 for
    /// the small ranges used here, and the result depends only on `next()`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        let high = next().multipliedFullWidth(by: span).high
        return range.lowerBound + Int(high)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// An element chosen with the given weights (same length as `items`, not all zero).
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var r = int(0...(total - 1))
        for (item, weight) in items {
            if r < weight { return item }
            r -= weight
        }
        return items[items.count - 1].0
    }

    /// `count` distinct elements in their original order.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var indices = Array(items.indices)
        // Partial Fisher–Yates, then restore the original order.
        let n = min(count, indices.count)
        for i in 0..<n {
            let j = int(i...(indices.count - 1))
            indices.swapAt(i, j)
        }
        return indices[..<n].sorted().map { items[$0] }
    }

    /// A generator for a sub-stream (e.g. one per State), independent of how many numbers were drawn before.
    static func derived(seed: UInt64, key: String) -> SplitMix64 {
        var g = SplitMix64(seed: seed ^ FNV1a.hash64(key))
        _ = g.next()
        return g
    }
}
