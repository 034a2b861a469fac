/// One atomic statement link as the tallies count it, traceable to its statement, project,
/// source and line, and carrying the knowledge level of the project it comes from
/// (nil: the project's quality is not coded).
public struct EvidenceLink: Sendable, Equatable {
    public var id: String
    public var statementId: String
    public var projectId: String
    public var link: StatementLink
    public var kind: LinkKind
    public var knowledgeLevel: String?
    public var coder: String
    public var excerpt: String
    public var source: String?
    public var line: Int?
}
