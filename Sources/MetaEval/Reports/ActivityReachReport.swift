/// `activity-reach` (figure 13): for every activity type, which of the result themes it has
/// statement links to, how many, and its links to results in all.
public struct ActivityReachReport: ReportBuilder {
    public let name = "activity-reach"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("reach-title") }

    public func build(_ context: ReportContext) -> [ReportFile] {
        let tally = context.tallies.reach
        let themes = context.codebook.themes.entries
        var table = Table(columns: [context.t("activity"), context.t("themes-reached")]
                                   + themes.map { $0.label.text(context.language) } + [context.t("links")])
        var csv = Table(columns: ["activity_id", "activity", "themes_reached"] + themes.map(\.id) + ["links"])
        for row in tally.rows {
            let marks = themes.map { row.themes.contains($0.id) ? "✓" : "" }
            table.append([context.label(row.activity), String(row.themes.count)] + marks + [String(row.links)])
            csv.append([row.activity, context.label(row.activity), String(row.themes.count)]
                       + themes.map { row.themes.contains($0.id) ? "1" : "0" } + [String(row.links)])
        }
        var markdown = context.heading(title(context))
        markdown += context.t("reach-note") + "\n\n" + MarkdownTableWriter.render(table)
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }
}
