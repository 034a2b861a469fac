/// One atomic statement link as the tallies count it, traceable to its statement, project,
/// source and line, and carrying the knowledge level of the project it comes from
/// (nil: the project's quality is not coded).
public struct EvidenceLink: Sendable, Equatable {
    /// The stored fields, shared between copies until one of them changes (`CopyOnWrite`):
    /// tallies and reports pass tens of thousands of links around.
    private struct Fields: Sendable, Equatable {
        var id: String
        var statementId: String
        var projectId: String
        var link: StatementLink
        var kind: LinkKind
        var knowledgeLevel: String?
        var coder: String
        var excerpt: String
        var source: String?
        var line: Int?
    }

    private var fields: CopyOnWrite<Fields>

    public init(id: String, statementId: String, projectId: String, link: StatementLink, kind: LinkKind, knowledgeLevel: String?, coder: String, excerpt: String, source: String?, line: Int?) {
        fields = CopyOnWrite(Fields(id: id, statementId: statementId, projectId: projectId, link: link, kind: kind, knowledgeLevel: knowledgeLevel, coder: coder, excerpt: excerpt, source: source, line: line))
    }

    public var id: String {
        get { fields.value.id }
        _modify { yield &fields.value.id }
    }
    public var statementId: String {
        get { fields.value.statementId }
        _modify { yield &fields.value.statementId }
    }
    public var projectId: String {
        get { fields.value.projectId }
        _modify { yield &fields.value.projectId }
    }
    public var link: StatementLink {
        get { fields.value.link }
        _modify { yield &fields.value.link }
    }
    public var kind: LinkKind {
        get { fields.value.kind }
        _modify { yield &fields.value.kind }
    }
    public var knowledgeLevel: String? {
        get { fields.value.knowledgeLevel }
        _modify { yield &fields.value.knowledgeLevel }
    }
    public var coder: String {
        get { fields.value.coder }
        _modify { yield &fields.value.coder }
    }
    public var excerpt: String {
        get { fields.value.excerpt }
        _modify { yield &fields.value.excerpt }
    }
    public var source: String? {
        get { fields.value.source }
        _modify { yield &fields.value.source }
    }
    public var line: Int? {
        get { fields.value.line }
        _modify { yield &fields.value.line }
    }
}
