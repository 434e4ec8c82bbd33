extension ValidationContext {
    /// Metadata, item references and rule 8 of docs/input-contract.md (inherited sensitivity, sharing consent) for a pack.
    mutating func validatePack(_ pack: BriefingPackManifest) {
        reference(pack.committeeId, to: .organization, at: "committeeId")
        reference(pack.preparedBy, to: .organization, at: "preparedBy")
        date(pack.preparedOn, at: "preparedOn", requireFull: true)
        date(pack.meeting?.date, at: "meeting.date")
        requiredMeta(pack.meta)
        if let stated = pack.meta.language, stated != pack.language {
            error("meta.language", "the pack is in \(pack.language.label) (`language`: \(pack.language.rawValue)), "
                  + "its meta says \(stated.label) (\(stated.rawValue)): they must agree")
        }
        if pack.memberStateIds.isEmpty { error("memberStateIds", "expected at least one Member State id") }
        references(pack.memberStateIds, to: .memberState, at: "memberStateIds")
        unique(pack.items, \.order, field: "order", at: "items")
        for (index, item) in pack.items.enumerated() {
            self.item(item, at: "items[\(index)]", audience: pack.audience)
        }
        for (index, spec) in (pack.annexTables ?? []).enumerated() {
            if let refId = spec.refId, set.bundle(documentId: refId) == nil {
                error("annexTables[\(index)].refId", "expected the id of a loaded document, found \"\(refId)\"")
            }
        }
        inheritedSensitivity(pack)
    }

    /// The fields a pack's `meta` requires.
    private mutating func requiredMeta(_ meta: RenderedDocumentMeta) {
        let required: [(String, Bool)] = [
            ("title", meta.title != nil), ("issuingEntity", meta.issuingEntity != nil),
            ("distribution", meta.distribution != nil), ("sensitivity", meta.sensitivity != nil),
            ("date", meta.date != nil), ("originalLanguage", meta.originalLanguage != nil),
            ("language", meta.language != nil),
        ]
        for (field, present) in required where !present {
            error("meta." + field, "missing required field")
        }
        date(meta.date, at: "meta.date", requireFull: true)
        date(meta.reissue?.date, at: "meta.reissue.date")
    }

    private mutating func item(_ item: PackItem, at path: String, audience: [PackAudience]?) {
        reference(item.memberStateId, to: .memberState, at: path + ".memberStateId")
        switch item.kind {
        case .countryVisitSummary, .oia:
            guard let shown = set.bundle(for: item) else {
                let loaded = set.bundles.filter { $0.kind == (item.kind == .oia ? .oia : .visitSummaryInput) }
                    .map { "\"\($0.documentId)\"" }.joined(separator: ", ")
                error(path + ".refId", "expected the id of a loaded \(item.kind == .oia ? "OIA" : "visit summary")"
                      + (loaded.isEmpty ? " (none is loaded)" : " (\(loaded))") + ", found \"\(item.refId)\"")
                return
            }
            if shown.language != set.bundles.first(where: { $0.kind == .briefingPack })?.language ?? shown.language {
                let packLanguage = set.bundles.first { $0.kind == .briefingPack }!.language
                error(path + ".refId", "\"\(item.refId)\" is in \(shown.language.label) (\(shown.language.rawValue)), "
                      + "the pack in \(packLanguage.label) (\(packLanguage.rawValue)): a pack binds documents of its own language")
            }
            if let audience, let consent = shown.oiaInput?.oia.sharing.consent {
                let excluded = audience.filter { !consent.permittedAudiences.contains($0) }
                if !excluded.isEmpty {
                    error(path, "item blocked: the sharing consent of \"\(item.refId)\" (\(consent.rawValue)) "
                          + "excludes the pack's audience \(excluded.map(\.rawValue).joined(separator: ", "))")
                }
            }
        case .annexTable:
            if AnnexTableID(rawValue: item.refId) == nil {
                error(path + ".refId", "expected one of \(AnnexTableID.acceptedValues), found \"\(item.refId)\"")
            }
        case .otherDocument:
            reference(item.refId, to: .document, at: path + ".refId")
        case .briefingNote, .statusMatrix, .abbreviations, .sourceList:
            break
        }
    }

    /// Rule 8 of docs/input-contract.md: the pack is at least as sensitive as its most sensitive item.
    private mutating func inheritedSensitivity(_ pack: BriefingPackManifest) {
        guard let packSensitivity = pack.meta.sensitivity else { return }
        let items = pack.items.compactMap { item in
            set.bundle(for: item).flatMap(set.resolvedMeta(of:)).map { (item, $0.sensitivity) }
        }
        guard let (item, highest) = items.max(by: { $0.1 < $1.1 }), highest > packSensitivity else { return }
        error("meta.sensitivity", "expected at least \(highest.rawValue), the sensitivity of item \"\(item.refId)\", "
              + "found \(packSensitivity.rawValue)")
    }
}
