/// `reconciliation`: for an edition with published figures, each published figure beside the
/// value the pipeline computes from the corpus (or "not coded in the corpus"), the difference
/// and the citation; the published tables 1 and 2 in the layout of the computed ones; and
/// checks of the published figures against each other (`PublishedConsistency`).
public struct ReconciliationReport: ReportBuilder {
    public let name = "reconciliation"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("reconciliation-title") }

    public func build(_ context: ReportContext) -> [ReportFile] {
        guard let published = context.result.edition.published else { return [] }
        let computed = context.tallies.computedFigures
        var markdown = context.heading(title(context))
        markdown += context.t("reconciliation-note") + "\n\n"
        var csv = Table(columns: ["section", "id", "label", "unit", "published", "computed", "difference", "status", "basis", "citation"])

        markdown += "## \(context.t("published-figures"))\n\n"
        var table = Table(columns: [context.t("figure"), context.t("published"), context.t("computed"), context.t("difference"), context.t("basis"), context.t("citation")])
        for figure in published.figures {
            let unit = figure.unit == "percent" ? " %" : ""
            var publishedText = (figure.approximate ? "≈ " : "") + Format.number(figure.value, context.language) + unit
            if let derived = figure.derived { publishedText += " (\(context.t("derived")): \(derived))" }
            let value = computed[figure.id]
            let status: String
            var computedText = ""
            var difference = ""
            var csvDifference = ""
            if let value, let amount = value.value {
                computedText = Format.number(amount, context.language) + unit
                let delta = amount - figure.value
                difference = (delta > 0 ? "+" : "") + Format.number(delta, context.language)
                csvDifference = Format.number(delta)
                status = delta == 0 ? "agrees" : "differs"
            } else {
                computedText = value == nil ? context.t("not-computed") : context.t("not-coded-in-corpus")
                status = value == nil ? "not-computed" : "not-coded"
            }
            table.append([figure.label.text(context.language), publishedText, computedText, difference, value?.basis.text(context.language) ?? "", figure.citation])
            csv.append(["figure", figure.id, figure.label.text(context.language), figure.unit, Format.number(figure.value),
                        value?.value.map { Format.number($0) } ?? "", csvDifference, status, value?.basis.text(context.language) ?? "", figure.citation])
        }
        markdown += MarkdownTableWriter.render(table) + "\n"

        for publishedTable in published.tables {
            markdown += tableSection(publishedTable, context, csv: &csv)
        }

        let support = ReconciliationSupport(published: published, context: context)
        markdown += support.section(csv: &csv)

        let checks = PublishedConsistency(published: published, computed: computed, codebook: context.codebook).checks() + support.checks()
        markdown += "## \(context.t("consistency-checks"))\n\n"
        var checkTable = Table(columns: [context.t("check"), context.t("result"), context.t("detail")])
        for check in checks {
            checkTable.append([check.label.text(context.language), context.t("check-\(check.outcome.rawValue)"), check.detail.text(context.language)])
            csv.append(["check", check.id, check.label.text(context.language), "", "", "", "", check.outcome.rawValue, check.detail.text(context.language), check.citation])
        }
        markdown += MarkdownTableWriter.render(checkTable)
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }

    /// A published activity × level table in the computed table's layout, then each row beside
    /// the computed counts.
    func tableSection(_ published: PublishedFigures.LevelTable, _ context: ReportContext, csv: inout Table) -> String {
        let levels = context.levels
        var out = "## \(context.t("published-table")): \(context.t(published.id + "-title"))\n\n_\(published.citation)_\n\n"
        var layout = Table(columns: [context.t("activity"), context.t("activity-group")] + levels.map { $0.label.text(context.language) } + [context.t("total")])
        var sums = [String: Int]()
        for row in published.rows {
            let group = context.codebook.activityGroup(of: row.activity).map { $0.label.text(context.language) } ?? ""
            let total = levels.reduce(0) { $0 + (row.counts[$1.id] ?? 0) }
            layout.append([context.label(row.activity), group] + levels.map { String(row.counts[$0.id] ?? 0) } + [String(total)])
            for level in levels { sums[level.id, default: 0] += row.counts[level.id] ?? 0 }
        }
        if let totals = published.totals {
            layout.append(["**" + context.t("published-total") + "**", ""] + levels.map { String(totals[$0.id] ?? 0) }
                          + [String(levels.reduce(0) { $0 + (totals[$1.id] ?? 0) })])
        }
        layout.append(["**" + context.t("sum-of-rows") + "**", ""] + levels.map { String(sums[$0.id] ?? 0) }
                      + [String(sums.values.reduce(0, +))])
        out += MarkdownTableWriter.render(layout, numericColumnsFrom: 2) + "\n"
        if let notes = published.notes { out += "_\(context.t("notes")): \(notes)_\n\n" }

        let tally = published.id == "activities-employment" ? context.tallies.activityEmployment : context.tallies.activityResults
        var side = Table(columns: [context.t("activity")] + levels.map { "\($0.label.text(context.language)) (\(context.t("published-short")))" }
                                   + levels.map { "\($0.label.text(context.language)) (\(context.t("computed-short")))" })
        for row in published.rows {
            let counts = tally.rows.first { $0.activity == row.activity }?.counts ?? LevelCounts()
            side.append([context.label(row.activity)] + levels.map { String(row.counts[$0.id] ?? 0) } + levels.map { String(counts[$0.id]) })
            for level in levels {
                let delta = counts[level.id] - (row.counts[level.id] ?? 0)
                csv.append([published.id, "\(row.activity).\(level.id)", context.label(row.activity) + " · " + level.label.text(context.language), "count",
                            String(row.counts[level.id] ?? 0), String(counts[level.id]), (delta > 0 ? "+" : "") + String(delta),
                            delta == 0 ? "agrees" : "differs", "statement links in the corpus", published.citation])
            }
        }
        out += "### \(context.t("published-beside-computed"))\n\n" + MarkdownTableWriter.render(side, numericColumnsFrom: 1) + "\n"
        return out
    }
}
