/// Section 5.2 (figures 10 and 11): the core problems and system challenges the retained projects
/// address — projects and their statements per problem type, and per group — with the same counts
/// for projects aimed at each disability type side by side, and the supporting analyses that
/// address each problem. A person's code wins; machine codes (from purpose and method) count where
/// no person coded, and are counted apart so a reader can weigh them.
public struct ProblemsTally: Sendable {
    /// Counts for one problem type or group.
    public struct Row: Sendable, Equatable {
        public var id: String
        public var projects: Int = 0
        public var machineCoded: Int = 0
        public var statements: Int = 0
        public var analyses: Int = 0
        /// Projects per disability type id.
        public var byDisability: [String: Int] = [:]
        public var projectIds: [String] = []
    }

    public var groups: [Row]
    public var types: [Row]
    /// Retained projects with problems coded, in all and per disability type id.
    public var coded: Int
    public var codedByDisability: [String: Int]
    public var notCoded: Int
    public var disabilityTypes: [String]

    public init(result: PipelineResult) {
        let codebook = result.codebook
        disabilityTypes = codebook.descriptiveGroup("disability-type")?.children.map(\.id) ?? []
        var groups = codebook.problems.entries.map { Row(id: $0.id) }
        var types = codebook.problems.entries.flatMap(\.children).map { Row(id: $0.id) }
        var coded = 0, notCoded = 0
        var codedByDisability: [String: Int] = [:]
        for project in result.retained {
            let record = project.record
            guard let decision = record.problems.decision else { notCoded += 1; continue }
            coded += 1
            let disability = record.disabilityType.value
            if let disability { codedByDisability[disability, default: 0] += 1 }
            let statements = record.statementsInForce.count
            func count(_ row: inout Row) {
                row.projects += 1
                row.statements += statements
                if decision.isMachine { row.machineCoded += 1 }
                if let disability { row.byDisability[disability, default: 0] += 1 }
                row.projectIds.append(record.id)
            }
            for index in types.indices where decision.value.contains(types[index].id) { count(&types[index]) }
            for (index, group) in codebook.problems.entries.enumerated()
            where group.children.contains(where: { decision.value.contains($0.id) }) {
                count(&groups[index])
            }
        }
        for analysis in result.assessedAnalyses where analysis.isRetained {
            guard let value = analysis.record.problems.value else { continue }
            for index in types.indices where value.contains(types[index].id) { types[index].analyses += 1 }
            for (index, group) in codebook.problems.entries.enumerated() where group.children.contains(where: { value.contains($0.id) }) {
                groups[index].analyses += 1
            }
        }
        self.groups = groups
        self.types = types
        self.coded = coded
        self.codedByDisability = codedByDisability
        self.notCoded = notCoded
    }
}
