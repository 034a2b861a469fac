/// `change-theory-<theme>` (figures 14–17): for one result theme, the activities leading to
/// its categories by knowledge level, activity group → category links, category → effect
/// links and derived results, with a Mermaid diagram carrying the counts on its arrows.
public struct ChangeTheoryReport: ReportBuilder {
    public let theme: String
    public var name: String { "change-theory-\(theme)" }

    public init(theme: String) { self.theme = theme }

    public func title(_ context: ReportContext) -> String {
        context.t("change-theory-title") + ": " + context.label(theme)
    }

    public func build(_ context: ReportContext) -> [ReportFile] {
        guard let entry = context.codebook.themes[theme] else { return [] }
        let tally = context.tallies.changeTheory(entry)
        var markdown = context.heading(title(context))
        if let definition = entry.definition { markdown += "> " + definition.text(context.language) + "\n\n" }
        markdown += mermaid(tally, context) + "\n"
        var csv = Table(columns: ["section", "from_id", "from", "to_id", "to"] + context.levelCSVHeaders() + ["links"])
        let sections: [(String, [ChangeTheoryTally.Arrow], String, String)] = [
            ("activities", tally.activities, "activity", "theme"),
            ("group-category", tally.groupToCategory, "activity-group", "category"),
            ("category-effect", tally.categoryToEffect, "category", "effect"),
            ("category-category", tally.categoryToCategory, "category", "derived-category"),
        ]
        for (section, arrows, fromKey, toKey) in sections {
            markdown += "## \(context.t("ct-" + section))\n\n"
            if arrows.isEmpty {
                markdown += "_\(context.t("no-links"))_\n\n"
                continue
            }
            var table = Table(columns: [context.t(fromKey), context.t(toKey)] + context.levelHeaders())
            for arrow in arrows {
                table.append([context.label(arrow.from), context.label(arrow.to)] + context.levelCells(arrow.counts))
                csv.append([section, arrow.from, context.label(arrow.from), arrow.to, context.label(arrow.to)]
                           + context.levelCells(arrow.counts) + [arrow.counts.linkIds.joined(separator: " ")])
            }
            markdown += MarkdownTableWriter.render(table, numericColumnsFrom: 2) + "\n"
        }
        markdown += context.t("order-note") + "\n"
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }

    /// Activity groups → categories → effects, each arrow labelled with its counts per level.
    func mermaid(_ tally: ChangeTheoryTally, _ context: ReportContext) -> String {
        let abbreviations = context.levels.map { String($0.label.text(context.language).prefix(1)).uppercased() }
        func counts(_ value: LevelCounts) -> String {
            var parts = zip(abbreviations, context.levels).map { "\($0):\(value[$1.id])" }
            if value.notCoded > 0 { parts.append("?:\(value.notCoded)") }
            return parts.joined(separator: " ")
        }
        func node(_ id: String) -> String {
            let text = context.label(id).replacingOccurrences(of: "\"", with: "'")
            return "\(id.replacingOccurrences(of: "-", with: "_"))[\"\(text)\"]"
        }
        var out = "```mermaid\nflowchart LR\n"
        var lines: [String] = []
        for arrow in tally.groupToCategory { lines.append("    \(node(arrow.from)) -->|\(counts(arrow.counts))| \(node(arrow.to))") }
        for arrow in tally.categoryToCategory { lines.append("    \(node(arrow.from)) -->|\(counts(arrow.counts))| \(node(arrow.to))") }
        for arrow in tally.categoryToEffect { lines.append("    \(node(arrow.from)) -->|\(counts(arrow.counts))| \(node(arrow.to))") }
        if lines.isEmpty { lines.append("    \(node(theme))") }
        out += lines.joined(separator: "\n") + "\n```\n"
        if !tally.groupToCategory.isEmpty || !tally.categoryToEffect.isEmpty {
            out += "\n_" + zip(abbreviations, context.levels).map { "\($0) = \($1.label.text(context.language))" }.joined(separator: ", ")
                + ", ? = " + context.t("not-coded") + "_\n"
        }
        return out
    }
}
