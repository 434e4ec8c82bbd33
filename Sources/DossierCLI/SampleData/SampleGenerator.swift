import BriefingModel

/// Composes invented OIA inputs and regional briefing-pack manifests from reference data (the 193 Member
/// States) and a seeded generator: the same seed always gives the same bytes. Every record is marked
/// `provenance: "illustrative"` and every bundle `illustrative: true`, so the renderer watermarks them.
struct SampleGenerator {
    let seed: UInt64

    /// The id of the source every generated record cites.
    static let sourceId = "dossier-sample-data"

    // MARK: Names

    /// `ken-oia`.
    static func oiaId(_ s: UNMemberState) -> String { s.iso3.lowercased() + "-oia" }
    /// `ken-oia.json`.
    static func oiaFileName(_ s: UNMemberState) -> String { oiaId(s) + ".json" }
    /// `pack-africa`.
    static func packId(_ r: M49Region) -> String { "pack-" + r.slug }
    static func packFileName(_ r: M49Region) -> String { packId(r) + ".json" }

    /// The name in running text: "the Plurinational State of Bolivia", "the Gambia", "Kenya".
    static func runningName(_ s: UNMemberState, sentenceStart: Bool = false) -> String {
        var name = s.shortName
        // "Bolivia (Plurinational State of)" → "the Plurinational State of Bolivia".
        if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            let base = name[..<open].trimmingCharacters(in: .whitespaces)
            let qualifier = name[name.index(after: open)..<name.index(before: name.endIndex)]
            name = "the " + qualifier + " " + base
        } else if withArticle.contains(s.shortName) {
            name = "the " + name
        }
        if sentenceStart, name.hasPrefix("the ") { name = "T" + name.dropFirst() }
        return name
    }

    /// Short names written with "the" in running text (UN editorial practice).
    private static let withArticle: Set<String> = [
        "Bahamas", "Central African Republic", "Comoros", "Congo", "Democratic People's Republic of Korea",
        "Democratic Republic of the Congo", "Dominican Republic", "Gambia", "Lao People's Democratic Republic",
        "Marshall Islands", "Niger", "Philippines", "Republic of Korea", "Republic of Moldova", "Russian Federation",
        "Sudan", "Syrian Arab Republic", "United Arab Emirates", "United Kingdom of Great Britain and Northern Ireland",
        "United Republic of Tanzania", "United States of America",
    ]

    // MARK: OIA

    /// What the pack needs to know about a generated OIA.
    struct OIASummary {
        let state: UNMemberState
        let sensitivity: Sensitivity
        let statuses: [String: ImplementationStatus]
        let openHighPriority: Int
    }

    private struct GeneratedRecommendation {
        let id: String
        let area: String
        var needIds: [String] = []
    }

    private struct GeneratedNeed {
        let id: String
        let area: String
        var recommendationIds: [String] = []
    }

    /// The OIA input of `state` (the generator depends only on the seed and the State, not on how many
    /// States are generated), and its summary for the regional pack.
    func oia(for state: UNMemberState) -> (json: OrderedJSON, summary: OIASummary) {
        var rng = SplitMix64.derived(seed: seed, key: "oia/" + state.iso3)
        let iso = state.iso3.lowercased()
        let name = Self.runningName(state)
        let Name = Self.runningName(state, sentenceStart: true)
        let catalogue = ThematicArea.defaultCatalogue

        // Dates: as-of month and year, an issue date a few weeks later.
        let asOfYear = rng.int(2019...2024)
        let asOfMonth = rng.int(1...12)
        let issueMonth = asOfMonth == 12 ? 12 : asOfMonth + 1
        let issueDay = rng.int(1...28)

        // Statuses per area: mostly partial, some substantial, a few not implemented or unknown.
        var statuses: [String: ImplementationStatus] = [:]
        for area in catalogue {
            statuses[area.code] = rng.weighted([(.substantiallyImplemented, 30), (.partiallyImplemented, 42),
                                                (.notImplemented, 12), (.insufficientInformation, 14), (.notApplicable, 2)])
        }
        func needsWork(_ code: String) -> Bool {
            statuses[code] == .partiallyImplemented || statuses[code] == .notImplemented
        }

        // Recommendations: 3 to 8, in the areas that need work first.
        let workAreas = catalogue.map(\.code).filter(needsWork)
        let otherAreas = catalogue.map(\.code).filter { !needsWork($0) && statuses[$0] != .notApplicable }
        let recommendationCount = rng.int(3...8)
        var recommendationAreas: [String] = []
        var usedPhrases: [String: Int] = [:]
        for i in 0..<recommendationCount {
            let pool = (i < workAreas.count * 2 && !workAreas.isEmpty) ? workAreas : (otherAreas.isEmpty ? workAreas : otherAreas)
            var area = rng.pick(pool.isEmpty ? catalogue.map(\.code) : pool)
            // At most as many recommendations in an area as there are phrases for it.
            if let phrases = AreaPhrases.phrases(for: area), usedPhrases[area, default: 0] >= phrases.recommendations.count {
                area = catalogue.map(\.code).first { code in
                    usedPhrases[code, default: 0] < (AreaPhrases.phrases(for: code)?.recommendations.count ?? 0)
                } ?? area
            }
            usedPhrases[area, default: 0] += 1
            recommendationAreas.append(area)
        }
        var recommendations = recommendationAreas.enumerated().map { GeneratedRecommendation(id: "\(iso)-rec-\($0.offset + 1)", area: $0.element) }

        // Technical-assistance needs: 2 to 6; about half linked to a recommendation of the same area.
        let needCount = rng.int(2...6)
        var needs: [GeneratedNeed] = []
        var usedNeedPhrases: [String: Int] = [:]
        for i in 0..<needCount {
            var area: String
            if i < recommendations.count && rng.chance(0.6) {
                area = recommendations[i].area
            } else {
                area = rng.pick(workAreas.isEmpty ? catalogue.map(\.code) : workAreas)
            }
            if usedNeedPhrases[area, default: 0] >= (AreaPhrases.phrases(for: area)?.needs.count ?? 0) {
                guard let free = catalogue.map(\.code).first(where: { code in
                    usedNeedPhrases[code, default: 0] < (AreaPhrases.phrases(for: code)?.needs.count ?? 0)
                }) else { break }
                area = free
            }
            usedNeedPhrases[area, default: 0] += 1
            var need = GeneratedNeed(id: "\(iso)-tan-\(i + 1)", area: area)
            if let r = recommendations.firstIndex(where: { $0.area == area && $0.needIds.isEmpty }), rng.chance(0.7) {
                recommendations[r].needIds.append(need.id)
                need.recommendationIds.append(recommendations[r].id)
            }
            needs.append(need)
        }

        // Thematic assessments, in catalogue order.
        var phraseCursor: [String: Int] = [:]   // next recommendation / need phrase per area
        var needCursor: [String: Int] = [:]
        var shortfallsByArea: [String: [(text: String, short: String)]] = [:]
        var assessments: [OrderedJSON] = []
        for area in catalogue {
            let code = area.code
            guard let phrases = AreaPhrases.phrases(for: code), let status = statuses[code] else { continue }
            // Statements only where the status says something is known: progress where measures exist, shortfalls
            // where implementation is partial or absent.
            let assessed = status == .substantiallyImplemented || status == .partiallyImplemented
            let progress = assessed ? rng.sample(phrases.progress, count: rng.int(0...2)) : []
            let shortfalls = needsWork(code) ? rng.sample(phrases.shortfalls, count: rng.int(1...2)) : []
            shortfallsByArea[code] = shortfalls
            let practices = status == .substantiallyImplemented || (status == .partiallyImplemented && rng.chance(0.3))
                ? rng.sample(phrases.goodPractices, count: 1) : []
            let facts = status != .notApplicable && rng.chance(0.3) ? [rng.pick(phrases.facts)] : []
            let sentence = assessmentSentence(status, name: name, Name: Name, topic: phrases.topic,
                                              shortfall: shortfalls.first?.short, rng: &rng)
            assessments.append(jsonObject { o in
                o.set("areaCode", code)
                o.set("status", status.rawValue)
                o.set("assessment", sentence)
                o.set("progress", .array(progress.map(statement)))
                o.set("shortfalls", .array(shortfalls.map { statement($0.text) }))
                o.set("goodPractices", .array(practices.map(statement)))
                o.set("evidence", .array(facts.map { fact in
                    jsonObject { e in e.set("kind", "fact"); e.set("excerpt", fact); e.set("provenance", "illustrative") }
                }))
                o.set("recommendationIds", strings: recommendations.filter { $0.area == code }.map(\.id))
                o.set("taNeedIds", strings: needs.filter { $0.area == code }.map(\.id))
                o.set("provenance", "illustrative")
            })
        }

        // Top shortfalls: up to five, from the areas not implemented first, then partially implemented.
        let ranked = catalogue.map(\.code).filter { statuses[$0] == .notImplemented }
            + catalogue.map(\.code).filter { statuses[$0] == .partiallyImplemented }
        let topCount = min(rng.int(3...5), ranked.count)
        let topShortfalls: [OrderedJSON] = ranked.prefix(topCount).enumerated().compactMap { i, code in
            guard let s = shortfallsByArea[code]?.first else { return nil }
            return jsonObject { o in
                o.set("seq", i + 1); o.set("areaCode", code); o.set("text", s.short); o.set("provenance", "illustrative")
            }
        }

        // Recommendations with a status history that is chronological and ends at the status.
        var openHighPriority = 0
        let recommendationJSON: [OrderedJSON] = recommendations.map { r in
            let phrases = AreaPhrases.phrases(for: r.area)!
            let n = phraseCursor[r.area, default: 0]
            phraseCursor[r.area] = n + 1
            let status: RecommendationStatus = rng.weighted([(.open, 30), (.inProgress, 30), (.partiallyImplemented, 15),
                                                             (.implemented, 12), (.noInformation, 10), (.superseded, 3)])
            let isPriority = rng.chance(0.6)
            let priority: Priority = isPriority ? rng.weighted([(.high, 3), (.medium, 1)]) : rng.weighted([(.medium, 1), (.low, 1)])
            if isPriority && priority == .high && (status == .open || status == .inProgress) { openHighPriority += 1 }
            let firstYear = asOfYear - rng.int(1...3)
            var history: [OrderedJSON] = [change(year: firstYear, from: nil, to: .open)]
            if status != .open && status != .noInformation {
                if status != .inProgress && rng.chance(0.5) {
                    history.append(change(year: firstYear + 1, from: .open, to: .inProgress))
                }
                history.append(change(year: asOfYear, from: history.count == 2 ? .inProgress : .open, to: status))
            } else if status == .noInformation {
                history = []
            }
            return jsonObject { o in
                o.set("id", r.id)
                o.set("text", phrases.recommendations[n % phrases.recommendations.count])
                o.set("areaCode", r.area)
                o.set("isPriority", isPriority)
                o.set("priority", priority.rawValue)
                o.set("endorsedByState", rng.chance(0.7))
                if rng.chance(0.4) { o.set("dueBy", date(year: asOfYear + 1, month: rng.int(1...12))) }
                o.set("status", status.rawValue)
                o.set("statusAsOf", date(year: asOfYear, month: asOfMonth))
                o.set("statusHistory", .array(history))
                o.set("linkedTANeedIds", strings: r.needIds)
                o.set("provenance", "illustrative")
            }
        }

        let providers = ["United Nations Countering Terrorist Travel Programme", "Global Programme on Countering the Financing of Terrorism",
                         "Global Programme on Preventing and Countering Violent Extremism", "Global Counter-Terrorism Programme on Cybersecurity"]
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let needJSON: [OrderedJSON] = needs.enumerated().map { i, need in
            let phrases = AreaPhrases.phrases(for: need.area)!
            let n = needCursor[need.area, default: 0]
            needCursor[need.area] = n + 1
            let status: TANeedStatus = rng.weighted([(.identified, 20), (.proposedToState, 25), (.agreedWithState, 25),
                                                     (.providerIdentified, 12), (.inDelivery, 10), (.delivered, 6), (.closed, 2)])
            let isPriority = rng.chance(0.5)
            return jsonObject { o in
                o.set("id", need.id)
                o.set("label", "(\(letters[i % letters.count]))")
                o.set("text", phrases.needs[n % phrases.needs.count])
                o.set("areaCode", need.area)
                o.set("isPriority", isPriority)
                o.set("priority", (isPriority ? Priority.high : rng.weighted([(Priority.medium, 1), (.low, 1)])).rawValue)
                o.set("status", status.rawValue)
                if status != .identified {
                    o.set("sharedWith", "Permanent Mission to the United Nations")
                    o.set("sharedOn", date(year: asOfYear - rng.int(0...1), month: nil))
                }
                o.set("linkedRecommendationIds", strings: need.recommendationIds)
                let providerList: [OrderedJSON] = (status == .providerIdentified || status == .inDelivery || status == .delivered)
                    ? [jsonObject { p in
                        p.set("organizationName", "United Nations Office of Counter-Terrorism")
                        p.set("programme", rng.pick(providers))
                        p.set("provenance", "illustrative")
                    }] : []
                o.set("candidateProviders", .array(providerList))
                o.set("provenance", "illustrative")
            }
        }

        // The OIA's own status, classification and sharing.
        let oiaStatus: OIAStatus = rng.weighted([(.draft, 10), (.transmittedToState, 15), (.stateObservationsReceived, 15), (.adoptedByCommittee, 60)])
        let sensitivity: Sensitivity = rng.chance(0.08) ? .strictlyConfidential : .confidential
        let consent: SharingConsent = rng.weighted([(.notIndicated, 30), (.notShared, 10), (.partnersFullRelease, 20),
                                                    (.partnersPartialRelease, 15), (.memberStatesOnRequest, 20), (.public, 5)])
        var resolutions: [(Int, Int)] = [(1373, 2001), (1624, 2005), (2178, 2014)]
        if rng.chance(0.6) { resolutions.append((2396, 2017)) }
        if rng.chance(0.4) { resolutions.append((2462, 2019)) }

        // Page 1: fast facts and narrative.
        let counts = Dictionary(grouping: catalogue.map(\.code), by: { statuses[$0]! }).mapValues(\.count)
        var facts: [(String, String)] = [("Region", "\(state.region.rawValue) (\(state.subregion))")]
        let firstVisit = asOfYear - rng.int(6...14)
        let followUp = firstVisit + rng.int(3...5)
        facts.append(("Visits by CTED on behalf of the Committee", "Comprehensive (\(firstVisit)); follow-up (\(followUp))"))
        if rng.chance(0.7) { facts.append(("National coordinating body", "National counter-terrorism coordination committee")) }
        facts.append(("Technical assistance needs", "\(needs.count) identified (section V)"))
        let weakest = ranked.prefix(3).compactMap { code in catalogue.first { $0.code == code }?.label.lowercased() }
        var narrative = [
            "This Overview of Implementation Assessment is illustrative: it was generated by the dossier sample-data command (seed \(seed)) "
                + "for template development and performance testing, and it is not an assessment of \(name) by the Counter-Terrorism Committee "
                + "or its Executive Directorate.",
            Self.statusSentence(counts, areas: catalogue.count),
        ]
        if !weakest.isEmpty {
            narrative.append("The main shortfalls identified in this overview (section III) concern the following area"
                             + (weakest.count == 1 ? ": " : "s: ") + weakest.joined(separator: "; ")
                             + ". \(Name) is encouraged to give them priority, together with the \(recommendationCount) recommendations "
                             + "set out in section IV.")
        }

        let capacity = rng.sample(catalogue.map(\.code).filter { statuses[$0] == .substantiallyImplemented }, count: rng.int(0...2))
            .compactMap { code in AreaPhrases.phrases(for: code)?.goodPractices.first }

        let input = jsonObject { o in
            o.set("schema", BundleKind.oia.schema)
            o.set("schemaVersion", "0.1")
            o.set("illustrative", true)
            o.set("note", "ILLUSTRATIVE DATA generated by dossier sample-data (seed \(seed)). The State's name, ISO code and M49 region "
                  + "are reference data; every status, sentence, recommendation, need, date and setting is invented and is not a finding "
                  + "of the Counter-Terrorism Committee or CTED.")
            o.set("meta", jsonObject { m in
                m.set("date", jsonObject { d in d.set("year", asOfYear); d.set("month", issueMonth); d.set("day", issueDay) })
                m.set("originalLanguage", "en")
                m.set("language", "en")
            })
            o.set("sources", .array([Self.sourceRecord(seed: seed)]))
            o.set("memberState", jsonObject { m in
                m.set("id", iso)
                m.set("shortName", state.shortName)
                m.set("iso3", state.iso3)
                m.set("region", state.region.rawValue)
                m.set("subregion", state.subregion)
                m.set("sources", .array([jsonObject { r in r.set("sourceId", Self.sourceId) }]))
                m.set("provenance", "illustrative")
                m.set("fieldProvenance", jsonObject { f in
                    for field in ["shortName", "iso3", "region", "subregion"] { f.set(field, "reference") }
                })
            })
            o.set("oia", jsonObject { a in
                a.set("id", Self.oiaId(state))
                a.set("memberStateId", iso)
                if rng.chance(0.5) { a.set("edition", "updated") }
                a.set("asOf", date(year: asOfYear, month: asOfMonth))
                a.set("status", oiaStatus.rawValue)
                if oiaStatus == .adoptedByCommittee { a.set("adoptedOn", date(year: asOfYear, month: asOfMonth)) }
                a.set("resolutionsCovered", .array(resolutions.map { n, y in jsonObject { r in r.set("number", n); r.set("year", y) } }))
                a.set("classification", jsonObject { c in
                    c.set("distribution", DistributionCategory.restricted.rawValue)
                    c.set("sensitivity", sensitivity.rawValue)
                    c.set("provenance", "illustrative")
                })
                a.set("sharing", jsonObject { s in s.set("consent", consent.rawValue); s.set("provenance", "illustrative") })
                a.set("fastFacts", .array(facts.enumerated().map { i, f in
                    jsonObject { x in x.set("seq", i + 1); x.set("label", f.0); x.set("value", f.1); x.set("provenance", "illustrative") }
                }))
                a.set("narrative", .array(narrative.enumerated().map { i, t in paragraph(i + 1, t) }))
                a.set("thematicAssessments", .array(assessments))
                a.set("topShortfalls", .array(topShortfalls))
                a.set("priorityRecommendations", .array(recommendationJSON))
                a.set("technicalAssistanceNeeds", .array(needJSON))
                a.set("capacityToAssist", .array(capacity.enumerated().map { i, t in paragraph(i + 1, t) }))
                if oiaStatus == .stateObservationsReceived || oiaStatus == .adoptedByCommittee, rng.chance(0.6) {
                    a.set("stateObservations", jsonObject { s in
                        s.set("text", "\(Name) welcomes this overview and notes the progress it records. The Government is reviewing "
                              + "the recommendations and will inform the Committee of the measures taken. [Illustrative text.]")
                        s.set("receivedOn", date(year: asOfYear, month: asOfMonth))
                        s.set("provenance", "illustrative")
                    })
                }
                a.set("provenance", "illustrative")
            })
        }
        return (input, OIASummary(state: state, sensitivity: sensitivity, statuses: statuses, openHighPriority: openHighPriority))
    }

    private func assessmentSentence(_ status: ImplementationStatus, name: String, Name: String, topic: String,
                                    shortfall: String?, rng: inout SplitMix64) -> String {
        let gap = shortfall.map { " Gaps remain, notably: " + $0.prefix(1).lowercased() + $0.dropFirst() + "." } ?? ""
        switch status {
        case .substantiallyImplemented:
            return rng.pick(["\(Name) has taken substantial measures in \(topic).",
                             "The measures taken by \(name) in \(topic) are largely in line with the relevant resolutions."])
                + " Implementation should be sustained and its results evaluated."
        case .partiallyImplemented:
            return rng.pick(["\(Name) has made progress in \(topic).", "\(Name) has taken some measures in \(topic)."]) + gap
        case .notImplemented:
            return rng.pick(["\(Name) has yet to take measures in \(topic).",
                             "No measures in \(topic) were identified."]) + gap
        case .insufficientInformation:
            return "The information available is insufficient to assess the measures taken by \(name) in \(topic)."
        case .notApplicable:
            return "This area is not applicable to \(name) for the period under review."
        }
    }

    /// "Of the 14 thematic areas reviewed, 5 are assessed as substantially implemented, 8 as partially implemented
    /// and 1 as not implemented. For 2, the information available is insufficient."
    static func statusSentence(_ counts: [ImplementationStatus: Int], areas: Int) -> String {
        let parts: [(ImplementationStatus, String)] = [(.substantiallyImplemented, "substantially implemented"),
                                                       (.partiallyImplemented, "partially implemented"),
                                                       (.notImplemented, "not implemented"), (.notApplicable, "not applicable")]
        let listed = parts.compactMap { status, words in counts[status].flatMap { $0 > 0 ? ($0, words) : nil } }
        var text = "Of the \(areas) thematic areas reviewed, "
        for (i, (count, words)) in listed.enumerated() {
            if i == 0 {
                text += "\(count) \(count == 1 ? "is" : "are") assessed as \(words)"
            } else {
                text += (i == listed.count - 1 ? " and " : ", ") + "\(count) as \(words)"
            }
        }
        if listed.isEmpty { text += "none could be assessed" }
        text += "."
        if let unknown = counts[.insufficientInformation], unknown > 0 {
            text += " For \(unknown) \(unknown == 1 ? "area" : "areas"), the information available is insufficient to assess implementation."
        }
        return text
    }

    private func statement(_ text: String) -> OrderedJSON {
        jsonObject { o in o.set("text", text); o.set("provenance", "illustrative") }
    }

    private func paragraph(_ seq: Int, _ text: String) -> OrderedJSON {
        jsonObject { o in o.set("seq", seq); o.set("text", text); o.set("provenance", "illustrative") }
    }

    private func date(year: Int, month: Int?) -> OrderedJSON {
        jsonObject { d in d.set("year", year); if let month { d.set("month", month) } }
    }

    private func change(year: Int, from: RecommendationStatus?, to: RecommendationStatus) -> OrderedJSON {
        jsonObject { c in
            c.set("changedOn", date(year: year, month: nil))
            if let from { c.set("fromStatus", from.rawValue) }
            c.set("toStatus", to.rawValue)
            c.set("provenance", "illustrative")
        }
    }

    /// The one source of every generated bundle (identical in all of them, so packs merge it cleanly).
    static func sourceRecord(seed: UInt64) -> OrderedJSON {
        jsonObject { s in
            s.set("id", sourceId)
            s.set("kind", SourceKind.internalNote.rawValue)
            s.set("title", "Illustrative data generated by dossier sample-data (seed \(seed))")
            s.set("provenance", "illustrative")
        }
    }

    // MARK: Packs

    /// The briefing-pack manifest of one region, naming its States' OIA files by relative path.
    func pack(for region: M49Region, _ summaries: [OIASummary]) -> OrderedJSON {
        var rng = SplitMix64.derived(seed: seed, key: "pack/" + region.slug)
        let year = 2025
        let month = rng.int(1...11)
        let day = rng.int(1...28)
        let sensitivity = summaries.map(\.sensitivity).max() ?? .confidential
        let states = summaries.map(\.state)
        let regionName = region.rawValue
        let title = "\(regionName): briefing pack for the Counter-Terrorism Committee"
        // Areas most often not or partially implemented across the region.
        var weakCounts: [String: Int] = [:]
        for s in summaries {
            for (code, status) in s.statuses where status == .notImplemented || status == .partiallyImplemented {
                weakCounts[code, default: 0] += 1
            }
        }
        let catalogue = ThematicArea.defaultCatalogue
        // Most often weak first; catalogue order among equals (a stable sort keeps it).
        let codes: [String] = catalogue.map(\.code)
        let weakCodes: [String] = codes.enumerated().sorted { (a: (offset: Int, element: String), b: (offset: Int, element: String)) -> Bool in
            let (ca, cb) = (weakCounts[a.element] ?? 0, weakCounts[b.element] ?? 0)
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map { $0.element }.filter { (weakCounts[$0] ?? 0) > 0 }
        let weakest: [String] = weakCodes.prefix(3).compactMap { code in catalogue.first { $0.code == code }?.label.lowercased() }
        let openHigh = summaries.reduce(0) { $0 + $1.openHighPriority }
        let subregions = Array(Set(states.map(\.subregion))).sorted()

        return jsonObject { o in
            o.set("schema", BundleKind.briefingPack.schema)
            o.set("schemaVersion", "0.1")
            o.set("illustrative", true)
            o.set("note", "ILLUSTRATIVE PACK generated by dossier sample-data (seed \(seed)) over generated OIAs; not a document of the "
                  + "Counter-Terrorism Committee or CTED.")
            o.set("id", Self.packId(region))
            o.set("title", title)
            o.set("committeeId", "ctc")
            o.set("purpose", "To inform the Committee's consideration of the implementation of the relevant Security Council resolutions "
                  + "by the Member States of \(regionName) covered by this illustrative pack.")
            o.set("meeting", jsonObject { m in
                m.set("date", jsonObject { d in d.set("year", year); d.set("month", month + 1) })
                m.set("format", MeetingFormat.informalConsultations.rawValue)
                m.set("agendaItem", "Consideration of Member States: \(regionName)")
            })
            o.set("preparedBy", "cted")
            o.set("preparedOn", jsonObject { d in d.set("year", year); d.set("month", month); d.set("day", day) })
            o.set("version", "1.0")
            o.set("language", "en")
            o.set("meta", jsonObject { m in
                m.set("title", title)
                m.set("issuingEntity", OIAInput.issuingEntityName)
                m.set("distribution", DistributionCategory.restricted.rawValue)
                m.set("sensitivity", sensitivity.rawValue)
                m.set("date", jsonObject { d in d.set("year", year); d.set("month", month); d.set("day", day) })
                m.set("originalLanguage", "en")
                m.set("language", "en")
            })
            o.set("memberStateIds", strings: states.map { $0.iso3.lowercased() })
            o.set("briefingNote", jsonObject { n in
                n.set("purpose", "To brief the Committee on the state of implementation recorded in the (illustrative) Overviews of "
                      + "Implementation Assessment of \(states.count) Member State\(states.count == 1 ? "" : "s") of \(regionName).")
                n.set("background", .array([
                    paragraph(1, "This pack brings together the Overviews of Implementation Assessment of the Member States of "
                              + "\(regionName) (\(subregions.joinedAsList())) generated for testing. Each overview follows the layout "
                              + "adopted by the Committee and is marked as illustrative."),
                    paragraph(2, weakest.isEmpty
                        ? "No thematic area is assessed as not or only partially implemented in the overviews of this pack."
                        : "Across the region, the areas most often assessed as not or only partially implemented are "
                            + "\(weakest.joinedAsList())."),
                ]))
                n.set("keyIssues", .array([
                    paragraph(1, "\(openHigh) high-priority recommendation\(openHigh == 1 ? " is" : "s are") open or in progress across the region."),
                ]))
                n.set("pointsForDiscussion", .array([
                    paragraph(1, "How the Committee can support the delivery of technical assistance for the priority needs identified."),
                ]))
                n.set("recommendedAction", "The Committee may wish to take note of the overviews contained in this pack. [Illustrative.]")
                n.set("contact", "CTED (illustrative)")
            })
            var items: [OrderedJSON] = [jsonObject { i in i.set("order", 1); i.set("kind", "briefingNote"); i.set("refId", Self.packId(region)) }]
            for (k, s) in states.enumerated() {
                items.append(jsonObject { i in
                    i.set("order", k + 2)
                    i.set("kind", "oia")
                    i.set("refId", Self.oiaId(s))
                    i.set("memberStateId", s.iso3.lowercased())
                })
            }
            o.set("items", .array(items))
            o.set("sources", .array([Self.sourceRecord(seed: seed)]))
            o.set("bundles", .array(states.map { s in
                jsonObject { b in b.set("path", Self.oiaFileName(s)); b.set("kind", BundleKind.oia.rawValue) }
            }))
        }
    }
}
