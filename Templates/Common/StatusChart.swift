import BriefingModel
import Dossier

/// Counts of a model enum's values as chart bars: one bar per value that occurs, in the enum's declared order
/// (the order of its life cycle), labelled as printed in tables; or stacked, one bar per group.
enum CountChart {
    static func bars<E: ModelEnum>(_ values: [E], _ text: TemplateText) -> [(label: String, value: Double)] {
        var counts: [E: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return E.allCases.compactMap { e in counts[e].map { (text.label(e), Double($0)) } }
    }
}

extension CountChart {
    /// Counts per group (e.g. per State) stacked by value: a category per group, a series per value that occurs
    /// anywhere, in the enum's order.
    static func stacked<E: ModelEnum>(_ groups: [(label: String, values: [E])], _ text: TemplateText) -> (categories: [String], series: [ChartSeries]) {
        let present = Set(groups.flatMap(\.values))
        let series = E.allCases.filter(present.contains).map { e in
            ChartSeries(text.label(e), values: groups.map { g in Double(g.values.filter { $0 == e }.count) })
        }
        return (groups.map(\.label), series)
    }
}
