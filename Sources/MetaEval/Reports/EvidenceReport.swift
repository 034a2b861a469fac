/// `evidence` (CSV only): one row per statement link, so any tally cell can be traced through
/// its link ids to the statement, the project, the source document and line, and the excerpt.
public struct EvidenceReport: ReportBuilder {
    public let name = "evidence"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("evidence-title") }

    public func build(_ context: ReportContext) -> [ReportFile] {
        var csv = Table(columns: ["link_id", "statement_id", "project_id", "kind", "from", "target", "category",
                                  "knowledge_level", "coder", "source", "line", "excerpt"])
        for link in context.result.links {
            let target: String
            let category: String
            switch link.kind {
            case .activityToEffect, .categoryToEffect:
                target = link.link.to
                category = ""
            case .activityToCategory, .categoryToCategory:
                target = context.codebook.theme(ofCategory: link.link.to)?.id ?? ""
                category = link.link.to
            }
            csv.append([link.id, link.statementId, link.projectId, link.kind.rawValue, link.link.from, target, category,
                        link.knowledgeLevel ?? "not-coded", link.coder, link.source ?? "", link.line.map(String.init) ?? "", link.excerpt])
        }
        return [context.csv.file("\(name).csv", csv)]
    }
}
