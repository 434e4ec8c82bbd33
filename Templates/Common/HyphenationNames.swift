import BriefingModel

/// The names the layout engine never hyphenates, wherever they occur (issue 15): the words of every loaded person's
/// name (a surname also stands alone: "Ms. Coninsx"), every State's short and formal name, every organisation's name
/// and acronym. Set on `Typography.protectedWords` by `BriefSetup.localized`.
enum HyphenationNames {
    static func of(_ set: BundleSet) -> Set<String> {
        var out: Set<String> = []
        for person in set.persons.values {
            for word in person.name.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) { out.insert(String(word)) }
        }
        for state in set.memberStates.values {
            out.insert(state.shortName)
            if let formal = state.formalName { out.insert(formal) }
        }
        for organization in set.organizations.values {
            out.insert(organization.name)
            if let acronym = organization.acronym { out.insert(acronym) }
        }
        return out
    }
}
