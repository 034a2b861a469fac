/// Checks a report's published figures against each other — column totals against rows, the
/// knowledge-level totals against the number of projects, each activity's table 1 total against
/// its numbers in the theme figures, shares summing to 100 — and the appendix grouping the
/// corpus holds against figure 5's shares. Each check says whether the figures agree and how.
public struct PublishedConsistency: Sendable {
    /// One check's outcome.
    public struct Check: Sendable, Equatable {
        public var id: String
        public var label: Label
        public var agrees: Bool
        public var detail: String
        public var citation: String
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

    public func checks() -> [Check] {
        var checks: [Check] = []
        let levels = codebook.knowledgeLevelsDescending.map(\.id)
        for table in published.tables {
            guard let totals = table.totals else { continue }
            let sums = levels.map { level in table.rows.reduce(0) { $0 + ($1.counts[level] ?? 0) } }
            let printed = levels.map { totals[$0] ?? 0 }
            checks.append(Check(id: "\(table.id).totals", label: Label(da: "\(table.id): kolonnetotaler mod rækkernes sum", en: "\(table.id): column totals against the sum of the rows"),
                                agrees: sums == printed,
                                detail: "sum of rows \(sums.map(String.init).joined(separator: "/")), printed totals \(printed.map(String.init).joined(separator: "/")) (\(levels.joined(separator: "/")))",
                                citation: table.citation))
        }
        let knowledge = levels.compactMap { value("knowledge.\($0)") }
        if knowledge.count == levels.count, let projects = value("funnel.importance.high-or-medium") {
            let sum = knowledge.reduce(0, +)
            checks.append(Check(id: "knowledge.total", label: Label(da: "Vidensniveauer mod antal projekter", en: "Knowledge levels against the number of projects"),
                                agrees: sum == projects, detail: "\(Format.number(sum)) against \(Format.number(projects))",
                                citation: published.figure("knowledge.idea")?.citation ?? ""))
        }
        if let included = value("funnel.included"), let kept = value("funnel.importance.high-or-medium"), let low = value("funnel.importance.low") {
            checks.append(Check(id: "funnel.importance", label: Label(da: "Inkluderede = høj/mellem + lav vigtighed", en: "Included = high/medium + low importance"),
                                agrees: kept + low == included, detail: "\(Format.number(kept)) + \(Format.number(low)) against \(Format.number(included))",
                                citation: published.figure("funnel.importance.low")?.citation ?? ""))
        }
        for prefix in ["disability", "age", "size"] {
            let shares = published.figures.filter { $0.id.hasPrefix(prefix + ".") && $0.unit == "percent" }
            guard shares.count > 1 else { continue }
            let sum = shares.reduce(0) { $0 + $1.value }
            checks.append(Check(id: "\(prefix).sum", label: Label(da: "Andele (\(prefix)) summer til 100 %", en: "Shares (\(prefix)) sum to 100 %"),
                                agrees: abs(sum - 100) <= Double(shares.count) / 2,
                                detail: "\(shares.map { Format.number($0.value) }.joined(separator: " + ")) = \(Format.number(sum)) (rounding allows ±\(Format.number(Double(shares.count) / 2)))",
                                citation: shares[0].citation))
        }
        checks += themeChecks(levels: levels)
        checks += appendixChecks()
        return checks
    }

    /// Table 1 per activity against the sum of its published numbers over the theme figures.
    func themeChecks(levels: [String]) -> [Check] {
        guard let table = published.table("activities-results") else { return [] }
        var checks: [Check] = []
        for row in table.rows {
            let themeFigures = published.figures.filter { figure in
                let parts = figure.id.split(separator: ".")
                return parts.count == 4 && parts[0] == "theme" && parts[2] == row.activity
            }
            guard !themeFigures.isEmpty else { continue }
            let themes = Set(themeFigures.map { $0.id.split(separator: ".")[1] })
            let tableTotal = levels.reduce(0) { $0 + (row.counts[$1] ?? 0) }
            let themeTotal = Int(themeFigures.reduce(0) { $0 + $1.value })
            let label = codebook.activity(row.activity)?.label ?? Label(da: row.activity, en: row.activity)
            checks.append(Check(id: "theme-sum.\(row.activity)",
                                label: Label(da: "\(label.da): tabel 1 mod temafigurerne", en: "\(label.en): table 1 against the theme figures"),
                                agrees: tableTotal == themeTotal,
                                detail: "table 1: \(tableTotal); theme figures (\(themes.sorted().joined(separator: ", ")), as far as the text gives them): \(themeTotal)",
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
            checks.append(Check(id: "appendix.\(appendix)",
                                label: Label(da: "Bilaggruppe \(appendix) mod figur 5 (\(disability))", en: "Appendix group \(appendix) against figure 5 (\(disability))"),
                                agrees: abs(computedShare - share.value) <= 1,
                                detail: "appendix: \(Format.number(count)) projects = \(Format.number(computedShare)) %; figure 5: \(Format.number(share.value)) %",
                                citation: share.citation))
        }
        return checks
    }
}
