/// `activities-results` (table 1) and `activities-employment` (table 2): activity × knowledge
/// level, with the activity group, a total row, and the order of `ActivityLevelTally`.
public struct ActivityLevelReport: ReportBuilder {
    public let name: String
    let titleKey: String
    let noteKey: String
    let tally: @Sendable (SharedTallies) -> ActivityLevelTally

    public static let results = ActivityLevelReport(name: "activities-results", titleKey: "activities-results-title",
                                                    noteKey: "activities-results-note", tally: { $0.activityResults })
    public static let employment = ActivityLevelReport(name: "activities-employment", titleKey: "activities-employment-title",
                                                       noteKey: "activities-employment-note", tally: { $0.activityEmployment })

    public func title(_ context: ReportContext) -> String { context.t(titleKey) }

    /// The Markdown table and CSV table of a tally; the reconciliation reuses the layout.
    static func tables(_ tally: ActivityLevelTally, _ context: ReportContext) -> (Table, Table) {
        var table = Table(columns: [context.t("activity"), context.t("activity-group")] + context.levelHeaders())
        var csv = Table(columns: ["activity_id", "activity", "group_id", "group"] + context.levelCSVHeaders())
        for row in tally.rows {
            let group = context.codebook.activityGroup(of: row.activity)
            let groupLabel = group.map { $0.label.text(context.language) } ?? ""
            table.append([context.label(row.activity), groupLabel] + context.levelCells(row.counts))
            csv.append([row.activity, context.label(row.activity), group?.id ?? "", groupLabel] + context.levelCells(row.counts))
        }
        table.append(["**" + context.t("total") + "**", ""] + context.levelCells(tally.totals))
        csv.append(["total", context.t("total"), "", ""] + context.levelCells(tally.totals))
        return (table, csv)
    }

    public func build(_ context: ReportContext) -> [ReportFile] {
        let tally = tally(context.tallies)
        let (table, csv) = Self.tables(tally, context)
        var markdown = context.heading(title(context))
        markdown += context.t(noteKey) + "\n\n"
        markdown += MarkdownTableWriter.render(table, numericColumnsFrom: 2)
        markdown += "\n" + context.t("order-note") + "\n"
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }
}
