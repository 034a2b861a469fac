/// Section 4.5: the statements of the analyses and mappings kept as supporting evidence, beside
/// the project tallies and never inside them. Per activity (or result category) and target —
/// a result theme for links to a category, the effect for links to an effect — the number of
/// analyses and statements behind it, with the analyses' citations.
public struct SupportingEvidenceTally: Sendable {
    /// One source → target pair with the analyses and statements that support it.
    public struct Row: Sendable, Equatable {
        public var from: String
        public var target: String
        public var analyses: [String]
        public var statements: [String]
        public var links: [String]
        /// How many of `analyses` are relevant; the rest have their relevance not coded.
        public var relevant: Int = 0
    }

    public var rows: [Row]
    public var analyses: [AssessedAnalysis]

    public init(result: PipelineResult) {
        let codebook = result.codebook
        var grouped: [String: Row] = [:]
        for link in result.supportingLinks {
            let target: String
            switch link.kind {
            case .activityToCategory, .categoryToCategory: target = codebook.theme(ofCategory: link.link.to)?.id ?? link.link.to
            case .activityToEffect, .categoryToEffect: target = link.link.to
            }
            let key = link.link.from + "\u{0}" + target
            var row = grouped[key] ?? Row(from: link.link.from, target: target, analyses: [], statements: [], links: [])
            if !row.analyses.contains(link.projectId) { row.analyses.append(link.projectId) }
            if !row.statements.contains(link.statementId) { row.statements.append(link.statementId) }
            row.links.append(link.id)
            grouped[key] = row
        }
        let relevant = Set(result.assessedAnalyses.filter { $0.relevance == .relevant }.map(\.record.id))
        for key in grouped.keys { grouped[key]!.relevant = grouped[key]!.analyses.filter(relevant.contains).count }
        let kindOrder: (String) -> Int = { codebook.kind(of: $0) == .activity ? 0 : 1 }
        rows = grouped.values.sorted { a, b in
            if a.analyses.count != b.analyses.count { return a.analyses.count > b.analyses.count }
            if a.statements.count != b.statements.count { return a.statements.count > b.statements.count }
            if kindOrder(a.from) != kindOrder(b.from) { return kindOrder(a.from) < kindOrder(b.from) }
            return (a.from, a.target) < (b.from, b.target)
        }
        analyses = result.assessedAnalyses
    }
}
