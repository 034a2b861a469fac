/// Records per stage of the process (chapters 3–4, figures 1–4): records read by kind and
/// channel, duplicates removed, inclusion (with the failing criterion counted), importance,
/// knowledge level, and statements and links. Counts of "not coded" are kept at every stage.
public struct FunnelTally: Sendable {
    public var projectsRead: Int
    public var analysesRead: Int
    public var duplicatesRemoved: Int
    public var projectsAfterDeduplication: Int
    public var analysesAfterDeduplication: Int
    /// Records per channel before and after de-duplication, by channel id.
    public var channelsBefore: [String: Int]
    public var channelsAfter: [String: Int]
    /// Duplicates removed, by the channel they arrived through (a record with two channels counts in both).
    public var duplicatesByChannel: [String: Int]
    public var included: Int
    public var inclusionNotCoded: Int
    /// Exclusions by the criterion given as reason (the first failing one).
    public var excludedBy: [String: Int]
    /// Projects failing each criterion, counting every failing criterion.
    public var failingBy: [String: Int]
    public var importanceBy: [String: Int]
    public var importanceNotCoded: Int
    public var importanceExcluded: Int
    public var knowledgeBy: [String: Int]
    public var knowledgeNotCoded: Int
    public var statements: Int
    public var links: Int
    public var linksBy: LevelCounts
    /// Analyses and mappings (section 4.5, figure 4): relevance screening and their statements,
    /// counted on their own, never in the project stages above.
    public var analysesRelevant: Int
    public var analysesNotRelevant: Int
    public var analysesRelevanceNotCoded: Int
    /// Statements and links of the analyses carried on (relevant, or relevance not coded).
    public var analysisStatements: Int
    public var analysisLinks: Int

    public var excluded: Int { excludedBy.values.reduce(0, +) }
    public var retained: Int { projectsAfterDeduplication - excluded - importanceExcluded }

    public init(result: PipelineResult) {
        let projects = result.records.filter { $0.kind == .project }
        projectsRead = projects.count
        analysesRead = result.records.count - projects.count
        duplicatesRemoved = result.mergedInto.count
        projectsAfterDeduplication = result.projects.count
        analysesAfterDeduplication = result.analyses.count
        channelsBefore = Self.channelCounts(result.records)
        channelsAfter = Self.channelCounts(result.projects.map(\.record) + result.analyses)
        duplicatesByChannel = Self.channelCounts(result.records.filter { result.mergedInto[$0.id] != nil })
        var included = 0, inclusionNotCoded = 0
        var excludedBy: [String: Int] = [:], failingBy: [String: Int] = [:]
        var importanceBy: [String: Int] = [:], importanceNotCoded = 0, importanceExcluded = 0
        var knowledgeBy: [String: Int] = [:], knowledgeNotCoded = 0
        for project in result.projects {
            for criterion in project.inclusion.failing { failingBy[criterion, default: 0] += 1 }
            switch project.inclusion.status {
            case .included: included += 1
            case .notCoded: inclusionNotCoded += 1
            case .excluded(let reason): excludedBy[reason, default: 0] += 1; continue
            }
            switch project.importance {
            case .proceeds(let level)?: importanceBy[level, default: 0] += 1
            case .excluded(let level)?: importanceBy[level, default: 0] += 1; importanceExcluded += 1; continue
            case .notCoded?, nil: importanceNotCoded += 1
            }
            if let level = project.knowledgeLevel { knowledgeBy[level, default: 0] += 1 } else { knowledgeNotCoded += 1 }
        }
        self.included = included
        self.inclusionNotCoded = inclusionNotCoded
        self.excludedBy = excludedBy
        self.failingBy = failingBy
        self.importanceBy = importanceBy
        self.importanceNotCoded = importanceNotCoded
        self.importanceExcluded = importanceExcluded
        self.knowledgeBy = knowledgeBy
        self.knowledgeNotCoded = knowledgeNotCoded
        statements = result.retained.reduce(0) { $0 + $1.record.statementsInForce.count }
        links = result.links.count
        var linksBy = LevelCounts()
        for link in result.links { linksBy.add(link) }
        self.linksBy = linksBy
        let relevance = result.assessedAnalyses.map(\.relevance)
        analysesRelevant = relevance.filter { $0 == .relevant }.count
        analysesNotRelevant = relevance.filter { $0 == .notRelevant }.count
        analysesRelevanceNotCoded = relevance.filter { $0 == .notCoded }.count
        analysisStatements = result.assessedAnalyses.filter(\.isRetained).reduce(0) { $0 + $1.record.statementsInForce.count }
        analysisLinks = result.supportingLinks.count
    }

    static func channelCounts(_ records: [ProjectRecord]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for record in records {
            if record.channels.isEmpty { counts["", default: 0] += 1 }
            for channel in Set(record.channels) { counts[channel, default: 0] += 1 }
        }
        return counts
    }
}
