import BriefingModel
import Dossier

/// A row of P2: one State's status in one thematic area.
struct MatrixCell {
    let oia: OIAInput
    let assessment: ThematicAssessment
}

extension PackView {
    /// Annex tables P2 and P4 at the end of the pack (P1 is the contents, P3 an item of its own).
    @BlockBuilder var annexes: [Node] {
        DocumentPart(id: "annexes", title: text("annexes.title"), reference: pack.id, toOddPage: inputs.duplex) {
            Section(text("annexes.title")) {
                if pack.memberStateIds.count > 1 { overview }
                matrixTable
                if !items.contains(where: { $0.kind == .sourceList }) { sourcesTable }
            }.unnumbered()
        }
    }

    /// The cross-State status matrix — a column per thematic area, numbered, and a status code per cell on its
    /// shade (a heat map), both keyed in the table's notes, so that fifteen areas fit across the page — then the
    /// recommendations and the
    /// technical-assistance needs of each State by status, as stacked bar charts.
    @BlockBuilder var overview: [Node] {
        let areas = oias.flatMap { $0.oia.thematicAssessments.map(\.areaCode) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let areaNames = areas.enumerated().map { i, code in
            "\(i + 1) " + (oias.lazy.compactMap { $0.thematicArea(code: code).map { common.areaLabel($0) } }.first ?? code)
        }
        let statuses = ImplementationStatus.allCases.map { "\(statusCode($0)) \(common.label($0))" }
        Table(oiasByState, id: "pack_status_overview", caption: Text(text("overview.caption")),
              notes: [Text(text("overview.areasKey", ["areas": areaNames.joined(separator: common("separator.semicolon"))])),
                      Text(text("overview.statusKey", ["statuses": statuses.joined(separator: common("separator.semicolon"))]))], annex: false) {
            Column<OIAInput>(text("col.state"), key: "member_state_id", width: .fixed(70), text: { $0.memberState.shortName })
            for (i, code) in areas.enumerated() {
                Column<OIAInput>("\(i + 1)", key: code, width: .auto, alignment: .center,
                                 text: { $0.oia.thematicAssessment(areaCode: code).map { statusCode($0.status) } })
                    .shaded { $0.oia.thematicAssessment(areaCode: code)?.status.shade }
            }
        }
        let recommendations = CountChart.stacked(oiasByState.map { ($0.memberState.shortName, ($0.oia.priorityRecommendations ?? []).map(\.status)) }, common)
        if !recommendations.series.isEmpty {
            BarChart(Text(text("overview.recommendationsChart")), categories: recommendations.categories, series: recommendations.series)
        }
        let needs = CountChart.stacked(oiasByState.map { ($0.memberState.shortName, ($0.oia.technicalAssistanceNeeds ?? []).map(\.status)) }, common)
        if !needs.series.isEmpty {
            BarChart(Text(text("overview.needsChart")), categories: needs.categories, series: needs.series)
        }
    }

    /// P2 pack_status_matrix, long format.
    private var matrixTable: Table {
        let rows = oiasByState.flatMap { o in o.oia.thematicAssessments.map { MatrixCell(oia: o, assessment: $0) } }
        return Table(rows, id: "pack_status_matrix", caption: Text(text("annex.matrix"))) {
            Column<MatrixCell>("", key: "pack_id", text: { _ in pack.id }).csvOnly()
            Column<MatrixCell>(text("col.region"), key: "region", width: .fraction(0.14), text: { $0.oia.memberState.region })
            Column<MatrixCell>(text("col.state"), key: "member_state_id", width: .fraction(0.12), text: { $0.oia.memberState.id })
                .displayed { Text($0.oia.memberState.shortName) }
            Column<MatrixCell>("", key: "oia_id", text: { $0.oia.oia.id }).csvOnly()
            Column<MatrixCell>(text("col.asOf"), key: "as_of", width: .fraction(0.1), text: { $0.oia.oia.asOf.iso })
                .displayed { Text(common.date($0.oia.oia.asOf)) }
            Column<MatrixCell>(text("col.area"), key: "area_code", width: .fraction(0.4), text: { $0.assessment.areaCode })
                .displayed { c in Text(c.oia.thematicArea(code: c.assessment.areaCode).map { common.areaLabel($0) } ?? c.assessment.areaCode) }
            Column<MatrixCell>(text("col.status"), key: "status", width: .fraction(0.24), text: { $0.assessment.status.rawValue })
                .displayed { Text(common.label($0.assessment.status)) }
        }
    }

    /// P3 pack_open_priority_items.
    @BlockBuilder func annexTable(_ id: String) -> [Node] {
        Heading(text("annex.openItems"), level: 1).excludedFromContents()
        Table(openPriorityItems, id: "pack_open_priority_items") {
            Column<OpenItem>("", key: "pack_id", text: { _ in pack.id }).csvOnly()
            Column<OpenItem>(text("col.state"), key: "member_state_id", width: .fraction(0.1), text: { $0.stateId })
                .displayed { Text(set.memberState(id: $0.stateId)?.shortName ?? $0.stateId) }
            Column<OpenItem>(text("col.kind"), key: "item_kind", width: .fraction(0.14), text: { $0.kind })
                .displayed { Text(text("kind." + $0.kind)) }
            Column<OpenItem>("", key: "item_id", text: { $0.id }).csvOnly()
            Column<OpenItem>("", key: "area_code", text: { $0.area }).csvOnly()
            Column<OpenItem>(text("col.item"), key: "text", width: .fraction(0.46), text: { $0.text })
            Column<OpenItem>(text("col.priority"), key: "priority", width: .fraction(0.1), text: { $0.priority })
                .displayed { Text($0.priority.flatMap(Priority.init(rawValue:)).map { common.label($0) } ?? $0.priority ?? "") }
            Column<OpenItem>(text("col.status"), key: "status", width: .fraction(0.2), text: { $0.status }).displayed { Text($0.statusLabel) }
            Column<OpenItem>("", key: "status_as_of", text: { $0.asOf }).csvOnly()
            Column<OpenItem>("", key: "origin_document_id", text: { $0.origin }).csvOnly()
        }
    }

    /// Abbreviations used in the pack.
    @BlockBuilder var abbreviations: [Node] {
        Heading(text("abbreviations"), level: 1).excludedFromContents()
        Table(common.sorted(pack.abbreviations ?? []) { $0.abbr }, id: "pack_abbreviations", annex: false) {
            Column<Abbreviation>(text("col.abbr"), key: "abbr", width: .fraction(0.2), text: { $0.abbr })
            Column<Abbreviation>(text("col.expansion"), key: "expansion", width: .fraction(0.8), text: { $0.expansion })
        }
    }

    /// P4 pack_sources: the pack's sources and those of every bound document.
    @BlockBuilder var sourcesTable: [Node] {
        Heading(text("annex.sources"), level: 1).excludedFromContents()
        Table(allSources, id: "pack_sources") {
            Column<Source>("", key: "pack_id", text: { _ in pack.id }).csvOnly()
            Column<Source>(text("col.source"), key: "source_id", width: .fraction(0.14), text: { $0.id })
            Column<Source>(text("col.kind"), key: "kind", width: .fraction(0.16), text: { $0.kind.rawValue }).displayed { Text(common.label($0.kind)) }
            Column<Source>(text("col.title"), key: "title", width: .fraction(0.5), text: { $0.title })
            Column<Source>("", key: "symbol", text: { $0.symbol }).csvOnly()
            Column<Source>("", key: "url", text: { $0.url }).csvOnly()
            Column<Source>(text("col.asOf"), key: "date", width: .fraction(0.2), text: { $0.date?.iso })
        }
    }

    private var allSources: [Source] {
        var seen: [String: Source] = [:]
        var order: [String] = []
        for s in (pack.sources ?? []) + set.bundles.flatMap(sources(of:)) where seen[s.id] == nil {
            seen[s.id] = s
            order.append(s.id)
        }
        return order.compactMap { seen[$0] }
    }

    private func sources(of b: LoadedBundle) -> [Source] {
        switch b.content {
        case .visitSummary(let v): return v.sources
        case .oia(let o): return o.sources
        case .briefingPack(let p): return p.sources ?? []
        }
    }

    /// The short code of an implementation status in the cross-State matrix ("SI", "PI" …).
    func statusCode(_ status: ImplementationStatus) -> String { text("statusCode." + status.rawValue) }
}
