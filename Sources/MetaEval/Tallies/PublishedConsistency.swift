/// Checks a report's published figures against each other — column totals against rows, the
/// knowledge-level totals against the number of projects, each activity's table 1 total against
/// its numbers in the theme figures, shares summing to 100 — and the appendix grouping the
/// corpus holds against figure 5's shares. Each check says whether the figures agree and how.
public struct PublishedConsistency: Sendable {
    /// One check's outcome.
    public struct Check: Sendable, Equatable {
        public var id: String
        public var label: Label
        public var outcome: Outcome
        public var detail: Label
        public var citation: String
    }

    /// Whether the figures agree, disagree, or cannot be compared because the text gives only part of them.
    public enum Outcome: String, Sendable {
        case agrees, disagrees, incomplete
    }

    public let published: PublishedFigures
    public let computed: ComputedFigures
    public let codebook: Codebook

    public init(published: PublishedFigures, computed: ComputedFigures, codebook: Codebook) {
        self.published = published
        self.computed = computed
        self.codebook = codebook
    }

    func value(_ id: String) -> Double? { published.figure(id)?.value }

    static func outcome(_ agrees: Bool) -> Outcome { agrees ? .agrees : .disagrees }

    static func slashed(_ values: [Int]) -> String { values.map(String.init).joined(separator: "/") }

    public func checks() -> [Check] {
        var checks: [Check] = []
        let levels = codebook.knowledgeLevelsDescending.map(\.id)
        for table in published.tables {
            guard let totals = table.totals else { continue }
            let sums = levels.map { level in table.rows.reduce(0) { $0 + ($1.counts[level] ?? 0) } }
            let printed = levels.map { totals[$0] ?? 0 }
            checks.append(Check(id: "\(table.id).totals", label: Label(da: "\(table.id): kolonnetotaler mod rækkernes sum", en: "\(table.id): column totals against the sum of the rows"),
                                outcome: Self.outcome(sums == printed),
                                detail: Label(da: "rækkernes sum \(Self.slashed(sums)), trykte totaler \(Self.slashed(printed)) (\(levelNames(.da)))",
                                              en: "sum of rows \(Self.slashed(sums)), printed totals \(Self.slashed(printed)) (\(levelNames(.en)))"),
                                citation: table.citation))
        }
        let knowledge = levels.compactMap { value("knowledge.\($0)") }
        if knowledge.count == levels.count, let projects = value("funnel.importance.high-or-medium") {
            let sum = knowledge.reduce(0, +)
            checks.append(Check(id: "knowledge.total", label: Label(da: "Vidensniveauer mod antal projekter", en: "Knowledge levels against the number of projects"),
                                outcome: Self.outcome(sum == projects),
                                detail: Label(da: "\(Format.number(sum, .da)) mod \(Format.number(projects, .da))", en: "\(Format.number(sum, .en)) against \(Format.number(projects, .en))"),
                                citation: published.figure("knowledge.idea")?.citation ?? ""))
        }
        if let included = value("funnel.included"), let kept = value("funnel.importance.high-or-medium"), let low = value("funnel.importance.low") {
            checks.append(Check(id: "funnel.importance", label: Label(da: "Inkluderede = høj/mellem + lav vigtighed", en: "Included = high/medium + low importance"),
                                outcome: Self.outcome(kept + low == included),
                                detail: Label(da: "\(Format.number(kept, .da)) + \(Format.number(low, .da)) mod \(Format.number(included, .da))",
                                              en: "\(Format.number(kept, .en)) + \(Format.number(low, .en)) against \(Format.number(included, .en))"),
                                citation: published.figure("funnel.importance.low")?.citation ?? ""))
        }
        for prefix in ["disability", "age", "size"] {
            let shares = published.figures.filter { $0.id.hasPrefix(prefix + ".") && $0.unit == "percent" && $0.id.split(separator: ".").count == 2 }
            guard shares.count > 1 else { continue }
            let sum = shares.reduce(0) { $0 + $1.value }
            let tolerance = Double(shares.count) / 2
            func detail(_ language: Language, _ allows: String) -> String {
                "\(shares.map { Format.number($0.value, language) }.joined(separator: " + ")) = \(Format.number(sum, language)) (\(allows) ±\(Format.number(tolerance, language)))"
            }
            checks.append(Check(id: "\(prefix).sum", label: Label(da: "Andele i \(shares[0].citation) summer til 100 %", en: "Shares in \(shares[0].citation) sum to 100 %"),
                                outcome: Self.outcome(abs(sum - 100) <= tolerance),
                                detail: Label(da: detail(.da, "afrunding tillader"), en: detail(.en, "rounding allows")),
                                citation: shares[0].citation))
        }
        checks += themeChecks(levels: levels)
        checks += appendixChecks()
        return checks
    }

    func levelNames(_ language: Language) -> String {
        codebook.knowledgeLevelsDescending.map { $0.label.text(language) }.joined(separator: "/")
    }

    /// Table 1 per activity against the sum of its published numbers over the theme figures.
    /// The theme figures survive only in part, so a smaller sum over fewer than all themes cannot
    /// decide; a larger sum, or a different sum over every theme, is a disagreement.
    func themeChecks(levels: [String]) -> [Check] {
        guard let table = published.table("activities-results") else { return [] }
        var checks: [Check] = []
        for row in table.rows {
            let themeFigures = published.figures.filter { figure in
                let parts = figure.id.split(separator: ".")
                return parts.count == 4 && parts[0] == "theme" && parts[2] == row.activity
            }
            guard !themeFigures.isEmpty else { continue }
            let themes = Set(themeFigures.map { String($0.id.split(separator: ".")[1]) })
            let tableTotal = levels.reduce(0) { $0 + (row.counts[$1] ?? 0) }
            let themeTotal = Int(themeFigures.reduce(0) { $0 + $1.value })
            let label = codebook.activity(row.activity)?.label ?? Label(da: row.activity, en: row.activity)
            let allThemes = themes.count == codebook.themes.entries.count
            let outcome: Outcome = tableTotal == themeTotal ? .agrees
                : (themeTotal > tableTotal || allThemes) ? .disagrees : .incomplete
            func themeNames(_ language: Language) -> String {
                codebook.themes.entries.filter { themes.contains($0.id) }.map { $0.label.text(language) }.joined(separator: ", ")
            }
            checks.append(Check(id: "theme-sum.\(row.activity)",
                                label: Label(da: "\(label.da): tabel 1 mod temafigurerne", en: "\(label.en): table 1 against the theme figures"),
                                outcome: outcome,
                                detail: Label(da: "tabel 1: \(tableTotal); temafigurerne (\(themeNames(.da)), så vidt teksten gengiver dem): \(themeTotal)",
                                              en: "table 1: \(tableTotal); theme figures (\(themeNames(.en)), as far as the text gives them): \(themeTotal)"),
                                citation: table.citation))
        }
        return checks
    }

    /// The corpus's appendix groups against figure 5's disability shares.
    func appendixChecks() -> [Check] {
        let pairs = [("psychological", "psychological"), ("physical", "physical"), ("general", "both")]
        var checks: [Check] = []
        for (appendix, disability) in pairs {
            guard let share = published.figure("disability.\(disability)"), let computedShare = computed["appendix.\(appendix)"]?.value,
                  let count = computed["appendix.\(appendix).count"]?.value else { continue }
            let group = codebook.descriptiveGroup("appendix-group")?.children.first { $0.id == appendix }?.label ?? Label(da: appendix, en: appendix)
            checks.append(Check(id: "appendix.\(appendix)",
                                label: Label(da: "Bilaggruppe \(group.da) mod figur 5: \(share.label.da)", en: "Appendix group \(group.en) against figure 5: \(share.label.en)"),
                                outcome: Self.outcome(abs(computedShare - share.value) <= 1),
                                detail: Label(da: "bilag: \(Format.number(count, .da)) projekter = \(Format.number(computedShare, .da)) %; figur 5: \(Format.number(share.value, .da)) %",
                                              en: "appendix: \(Format.number(count, .en)) projects = \(Format.number(computedShare, .en)) %; figure 5: \(Format.number(share.value, .en)) %"),
                                citation: share.citation))
        }
        return checks
    }
}
