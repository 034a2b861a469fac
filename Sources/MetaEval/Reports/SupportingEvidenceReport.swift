/// `supporting-evidence` (section 4.5): the analyses and mappings with their relevance decision,
/// and their statements per activity (or result category) and target, with citations — shown
/// beside the project tallies, the way the report's footnotes cite "11 analyses", and never
/// counted in them.
public struct SupportingEvidenceReport: ReportBuilder {
    public let name = "supporting-evidence"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("supporting-title") }

    public func build(_ context: ReportContext) -> [ReportFile] {
        let tally = SupportingEvidenceTally(result: context.result)
        let byId = Dictionary(uniqueKeysWithValues: tally.analyses.map { ($0.record.id, $0) })
        var markdown = context.heading(title(context)) + context.t("supporting-note") + "\n\n"
        var csv = Table(columns: ["section", "from_id", "from", "target_id", "target", "analyses", "relevant_analyses", "statements",
                                  "analysis_ids", "statement_id", "relevance", "coder", "excerpt", "citation"])

        markdown += "## \(context.t("supporting-analyses"))\n\n"
        var analyses = Table(columns: [context.t("analysis"), context.t("relevance"), context.t("statements"), context.t("citation")])
        for analysis in tally.analyses {
            let record = analysis.record
            let coder = record.relevance.decision?.coder ?? ""
            let relevance = context.t("relevance-" + analysis.relevance.rawValue) + (coder.isEmpty ? "" : " (\(coder))")
            let statements = analysis.isRetained ? record.statementsInForce.count : 0
            analyses.append(["\(record.id): \(record.title)", relevance, String(statements), record.source.citation])
            csv.append(["analysis", record.id, record.title, "", "", "", "", String(statements), record.id, "",
                        analysis.relevance.rawValue, coder, "", record.source.citation])
        }
        markdown += analyses.rows.isEmpty ? "_\(context.t("no-analyses"))_\n\n" : MarkdownTableWriter.render(analyses) + "\n"

        markdown += "## \(context.t("supporting-by-activity"))\n\n"
        if tally.rows.isEmpty {
            markdown += "_\(context.t("no-links"))_\n\n"
        } else {
            var table = Table(columns: [context.t("from"), context.t("target"), context.t("analyses-count"), context.t("analyses-relevant-count"),
                                        context.t("statements"), context.t("citation")])
            for row in tally.rows {
                let citations = row.analyses.map { id in "\(id): \(byId[id]?.record.source.citation ?? "")" }.joined(separator: "; ")
                table.append([context.label(row.from), context.label(row.target), String(row.analyses.count), String(row.relevant),
                              String(row.statements.count), citations])
                csv.append(["by-activity", row.from, context.label(row.from), row.target, context.label(row.target), String(row.analyses.count),
                            String(row.relevant), String(row.statements.count), row.analyses.joined(separator: " "), row.statements.joined(separator: " "), "", "", "", citations])
            }
            markdown += MarkdownTableWriter.render(table) + "\n"
        }

        markdown += "## \(context.t("supporting-statements"))\n\n"
        var statements = Table(columns: [context.t("analysis"), context.t("statement"), context.t("links"), context.t("citation")])
        for analysis in tally.analyses where analysis.isRetained {
            for statement in analysis.record.statementsInForce {
                let links = statement.links.map { "\(context.label($0.from)) → \(context.label($0.to))" }.joined(separator: "; ")
                var citation = analysis.record.source.citation
                if let source = statement.source { citation += ", \(source)" + (statement.line.map { ":\($0)" } ?? "") }
                statements.append([analysis.record.id, "\(statement.id): \(statement.excerpt)", links, citation])
                csv.append(["statement", "", "", "", "", "", "", "", analysis.record.id, statement.id, analysis.relevance.rawValue,
                            statement.coder, statement.excerpt, citation])
            }
        }
        markdown += statements.rows.isEmpty ? "_\(context.t("no-links"))_\n" : MarkdownTableWriter.render(statements)
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }
}
