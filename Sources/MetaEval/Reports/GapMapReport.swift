/// `gap-map`: the evidence gap map — every activity type × result theme and × effect, each cell
/// with its statement links per knowledge level and the strongest level present; cells without
/// links are marked as gaps. Project links only; analyses are in `supporting-evidence`.
public struct GapMapReport: ReportBuilder {
    public let name = "gap-map"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("gap-map-title") }

    public func build(_ context: ReportContext) -> [ReportFile] {
        let tally = GapMapTally(result: context.result)
        let abbreviations = context.levels.map { String($0.label.text(context.language).prefix(1)).uppercased() }
        func cell(_ counts: LevelCounts) -> String {
            guard counts.total > 0 else { return context.t("gap-mark") }
            var text = context.levels.map { String(counts[$0.id]) }.joined(separator: "/")
            if counts.notCoded > 0 { text += " +?\(counts.notCoded)" }
            if let strongest = counts.strongest(levels: context.levels.map(\.id)),
               let index = context.levels.firstIndex(where: { $0.id == strongest }) {
                text = "**\(abbreviations[index])** " + text
            }
            return text
        }
        var markdown = context.heading(title(context))
        let legend = zip(abbreviations, context.levels).map { "**\($0)** = \($1.label.text(context.language))" }.joined(separator: ", ")
        markdown += context.t("gap-map-legend")
            .replacingOccurrences(of: "{levels}", with: context.levels.map { $0.label.text(context.language).lowercased() }.joined(separator: "/"))
            .replacingOccurrences(of: "{letters}", with: legend)
            .replacingOccurrences(of: "{gap}", with: context.t("gap-mark")) + "\n\n"
        var csv = Table(columns: ["part", "activity_id", "activity", "column_id", "column"] + context.levelCSVHeaders() + ["strongest", "gap", "links"])
        let parts: [(String, [String], (String, String) -> LevelCounts, Int)] = [
            ("themes", tally.themes, tally.theme, tally.themeGaps),
            ("effects", tally.effects, tally.effect, tally.effectGaps),
        ]
        for (part, columns, counts, gaps) in parts {
            markdown += "## \(context.t("gap-map-" + part))\n\n"
            var table = Table(columns: [context.t("activity")] + columns.map { context.label($0) })
            for activity in tally.activities {
                table.append([context.label(activity)] + columns.map { cell(counts(activity, $0)) })
                for column in columns {
                    let value = counts(activity, column)
                    csv.append([part, activity, context.label(activity), column, context.label(column)] + context.levelCells(value)
                               + [value.strongest(levels: context.levels.map(\.id)) ?? (value.total > 0 ? "not-coded" : ""),
                                  value.total == 0 ? "1" : "0", value.linkIds.joined(separator: " ")])
                }
            }
            markdown += MarkdownTableWriter.render(table) + "\n"
            markdown += context.t("gap-map-gaps").replacingOccurrences(of: "{n}", with: String(gaps))
                .replacingOccurrences(of: "{m}", with: String(tally.activities.count * columns.count)) + "\n\n"
        }
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }
}
