import Foundation

/// `classification-matrix` (figure 9): retained projects by documentation × implementability,
/// each cell with the knowledge level the codebook's matrix gives it, and the totals per level.
public struct ClassificationMatrixReport: ReportBuilder {
    public let name = "classification-matrix"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("matrix-title") }

    public func build(_ context: ReportContext) -> [ReportFile] {
        let tally = ClassificationTally(result: context.result)
        let codebook = context.codebook
        let columns = codebook.implementability.entries
        var table = Table(columns: [context.t("documentation") + " \\ " + context.t("implementability")]
                                   + columns.map { $0.label.text(context.language) })
        var csv = Table(columns: ["documentation", "implementability", "knowledge_level", "projects"])
        for row in codebook.documentation.entries {
            var cells = [row.label.text(context.language)]
            for column in columns {
                let count = tally.count(documentation: row.id, implementability: column.id)
                let level = codebook.matrix.knowledgeLevel(documentation: row.id, implementability: column.id) ?? ""
                cells.append("\(count) (\(context.label(level, in: codebook.knowledgeLevels)))")
                csv.append([row.id, column.id, level, String(count)])
            }
            table.append(cells)
        }
        var totals = Table(columns: [context.t("knowledge-level"), context.t("projects"), context.t("share")])
        let coded = tally.knowledgeBy.values.reduce(0, +)
        for level in context.levels {
            let count = tally.knowledgeBy[level.id] ?? 0
            totals.append([level.label.text(context.language), String(count), context.percent(count, of: coded)])
            csv.append(["", "", level.id, String(count)])
        }
        totals.append([context.t("not-coded"), String(tally.notCoded), ""])
        csv.append(["", "", "not-coded", String(tally.notCoded)])
        var markdown = context.heading(title(context))
        markdown += MarkdownTableWriter.render(table) + "\n"
        markdown += "## \(context.t("knowledge-level-totals"))\n\n" + MarkdownTableWriter.render(totals, numericColumnsFrom: 1) + "\n"
        if tally.notCoded > 0 {
            markdown += context.t("matrix-not-coded-note")
                .replacingOccurrences(of: "{n}", with: String(tally.notCoded))
                .replacingOccurrences(of: "{d}", with: String(tally.documentationOnly))
                .replacingOccurrences(of: "{i}", with: String(tally.implementabilityOnly)) + "\n"
        }
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }
}
