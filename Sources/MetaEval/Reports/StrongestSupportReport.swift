/// `strongest-support` (closing paragraphs of sections 5.4–5.7, section 5.8, chapter 6): per
/// result theme and for employment, the activities ranked by `SupportRules` with the rule
/// printed; the activities reaching every result theme (figure 13's centre); the activities with
/// knowledge-level statements; and the activities flagged "mechanism not explained".
/// The reconciliation applies the same rules and tables to the published tables 1 and 2.
public struct StrongestSupportReport: ReportBuilder {
    public let name = "strongest-support"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("support-title") }

    static func csvColumns(_ context: ReportContext) -> [String] {
        ["section", "scope", "rank", "activity_id", "activity"] + context.levels.map(\.id)
            + ["not_coded", "total", "strongest", "to_employment", "to_results"]
    }

    /// The rule as printed above every ranking, thresholds filled in from the codebook.
    static func ruleText(_ context: ReportContext) -> String {
        let rules = SupportRules(codebook: context.codebook)
        let levels = context.levels.map { $0.label.text(context.language).lowercased() }
        return context.t("support-rule").replacingOccurrences(of: "{levels}", with: levels.joined(separator: " → "))
            + "\n\n" + context.t("support-flag-rule")
                .replacingOccurrences(of: "{min}", with: String(rules.minEmploymentStatements))
                .replacingOccurrences(of: "{max}", with: String(rules.maxResultPercent))
    }

    /// A ranked table in Markdown, and its rows for the CSV under `section`/`scope`.
    static func ranking(_ table: ActivityLevelTable, section: String, scope: String, _ context: ReportContext, csv: inout Table) -> String {
        let rules = SupportRules(codebook: context.codebook)
        let ranked = rules.rank(table)
        guard !ranked.isEmpty else { return "_\(context.t("no-links"))_\n\n" }
        var out = Table(columns: [context.t("rank"), context.t("activity"), context.t("strongest-level")] + context.levelHeaders())
        for (index, row) in ranked.enumerated() {
            let strongest = rules.strongest(row)
            let strongestLabel = strongest.map { context.label($0, in: context.codebook.knowledgeLevels) } ?? context.t("not-coded")
            let cells = context.levels.map { String(row[$0.id]) } + [String(row.notCoded), String(row.total)]
            out.append([String(index + 1), context.label(row.activity), strongestLabel] + cells)
            csv.append([section, scope, String(index + 1), row.activity, context.label(row.activity)]
                       + levelColumns(row, context) + [String(row.notCoded), String(row.total), strongest ?? "not-coded", "", ""])
        }
        return MarkdownTableWriter.render(out, numericColumnsFrom: 3) + "\n"
    }

    /// Counts per knowledge level, strongest first, for the CSV.
    static func levelColumns(_ row: ActivityLevelTable.Row, _ context: ReportContext) -> [String] {
        context.levels.map { String(row[$0.id]) }
    }

    /// The activities at the strongest level and the flagged ones, for a results/employment pair.
    static func findings(results: ActivityLevelTable, employment: ActivityLevelTable, scope: String, _ context: ReportContext, csv: inout Table) -> String {
        let rules = SupportRules(codebook: context.codebook)
        var out = ""
        let top = context.levels.first.map { $0.label.text(context.language).lowercased() } ?? ""
        for (key, table) in [("activities-results", results), ("activities-employment", employment)] {
            let activities = rules.atStrongestLevel(table)
            out += "- " + context.t("support-at-strongest").replacingOccurrences(of: "{level}", with: top)
                .replacingOccurrences(of: "{table}", with: context.t(key + "-title")) + ": "
                + (activities.isEmpty ? context.t("none") : activities.map { "'\(context.label($0))'" }.joined(separator: ", ")) + "\n"
            for activity in activities {
                csv.append(["at-strongest-level", "\(scope):\(key)", "", activity, context.label(activity)] + context.levels.map { _ in "" }
                           + ["", "", context.levels.first?.id ?? "", "", ""])
            }
        }
        let flags = rules.mechanismNotExplained(employment: employment, results: results)
        out += "\n### \(context.t("mechanism-not-explained"))\n\n"
        if flags.isEmpty {
            out += "_\(context.t("none"))_\n\n"
        } else {
            var table = Table(columns: [context.t("activity"), context.t("to-employment"), context.t("to-results")])
            for flag in flags {
                table.append([context.label(flag.activity), String(flag.toEmployment), String(flag.toResults)])
                csv.append(["mechanism-not-explained", scope, "", flag.activity, context.label(flag.activity)] + context.levels.map { _ in "" }
                           + ["", "", "", String(flag.toEmployment), String(flag.toResults)])
            }
            out += MarkdownTableWriter.render(table, numericColumnsFrom: 1) + "\n"
        }
        return out
    }

    public func build(_ context: ReportContext) -> [ReportFile] {
        var csv = Table(columns: Self.csvColumns(context))
        var markdown = context.heading(title(context)) + Self.ruleText(context) + "\n\n"
        for theme in context.codebook.themes.entries {
            let tally = context.tallies.changeTheory(theme)
            let table = ActivityLevelTable(rows: tally.activities.map {
                ActivityLevelTable.Row(activity: $0.from, counts: $0.counts.byLevel, notCoded: $0.counts.notCoded)
            })
            markdown += "## \(context.t("support-theme")): \(theme.label.text(context.language))\n\n"
            markdown += Self.ranking(table, section: "theme", scope: theme.id, context, csv: &csv)
        }
        let results = ActivityLevelTable(context.tallies.activityResults)
        let employment = ActivityLevelTable(context.tallies.activityEmployment)
        markdown += "## \(context.t("activities-employment-title"))\n\n"
        markdown += Self.ranking(employment, section: "employment", scope: "employment", context, csv: &csv)

        let themes = context.codebook.themes.entries.count
        let central = context.tallies.reach.rows.filter { $0.themes.count == themes && themes > 0 }
        markdown += "## \(context.t("support-all-themes"))\n\n"
        markdown += central.isEmpty ? "_\(context.t("none"))_\n\n" : central.map { "- \(context.label($0.activity)) (\($0.links) \(context.t("links").lowercased()))" }.joined(separator: "\n") + "\n\n"
        for row in central {
            csv.append(["all-themes", "themes", "", row.activity, context.label(row.activity)] + context.levels.map { _ in "" }
                       + ["", String(row.links), "", "", ""])
        }
        markdown += "## \(context.t("support-findings"))\n\n"
        markdown += Self.findings(results: results, employment: employment, scope: "corpus", context, csv: &csv)
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }
}
