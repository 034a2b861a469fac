/// Figure 9: retained projects by documentation × implementability, the knowledge level each
/// cell maps to, and the knowledge-level totals; projects missing either code counted apart.
public struct ClassificationTally: Sendable {
    /// Projects per documentation id, then implementability id.
    public var cells: [String: [String: Int]]
    public var knowledgeBy: [String: Int]
    /// Retained projects lacking a documentation or implementability code.
    public var notCoded: Int
    public var documentationOnly: Int
    public var implementabilityOnly: Int

    public init(result: PipelineResult) {
        var cells: [String: [String: Int]] = [:]
        var knowledgeBy: [String: Int] = [:]
        var notCoded = 0, documentationOnly = 0, implementabilityOnly = 0
        for project in result.retained {
            let documentation = project.record.documentation.value
            let implementability = project.record.implementability.value
            switch (documentation, implementability) {
            case let (d?, i?):
                cells[d, default: [:]][i, default: 0] += 1
                if let level = project.knowledgeLevel { knowledgeBy[level, default: 0] += 1 }
            case (_?, nil): notCoded += 1; documentationOnly += 1
            case (nil, _?): notCoded += 1; implementabilityOnly += 1
            case (nil, nil): notCoded += 1
            }
        }
        self.cells = cells
        self.knowledgeBy = knowledgeBy
        self.notCoded = notCoded
        self.documentationOnly = documentationOnly
        self.implementabilityOnly = implementabilityOnly
    }

    public func count(documentation: String, implementability: String) -> Int {
        cells[documentation]?[implementability] ?? 0
    }
}
