extension Array where Element == String {
    /// Joins items in UN English style, without a serial comma: "A", "A and B", "A, B and C".
    public func joinedAsList(conjunction: String = "and") -> String {
        guard count > 1 else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " \(conjunction) " + last!
    }
}
