/// One atomic statement link as the tallies count it, traceable to its statement, project,
/// source and line, and carrying the knowledge level of the project it comes from
/// (nil: the project's quality is not coded).
public struct EvidenceLink: Sendable, Equatable {
    /// The fields, shared between copies until one of them changes (copy on write): tallies
    /// and reports pass tens of thousands of links around, and copying one is one reference count.
    private final class Storage: @unchecked Sendable, Equatable {
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

        init(id: String, statementId: String, projectId: String, link: StatementLink, kind: LinkKind, knowledgeLevel: String?, coder: String, excerpt: String, source: String?, line: Int?) {
            self.id = id
            self.statementId = statementId
            self.projectId = projectId
            self.link = link
            self.kind = kind
            self.knowledgeLevel = knowledgeLevel
            self.coder = coder
            self.excerpt = excerpt
            self.source = source
            self.line = line
        }

        func copy() -> Storage { Storage(id: id, statementId: statementId, projectId: projectId, link: link, kind: kind, knowledgeLevel: knowledgeLevel, coder: coder, excerpt: excerpt, source: source, line: line) }

        static func == (left: Storage, right: Storage) -> Bool {
            left === right || (left.id == right.id
                && left.statementId == right.statementId
                && left.projectId == right.projectId
                && left.link == right.link
                && left.kind == right.kind
                && left.knowledgeLevel == right.knowledgeLevel
                && left.coder == right.coder
                && left.excerpt == right.excerpt
                && left.source == right.source
                && left.line == right.line)
        }
    }

    private var storage: Storage

    public init(id: String, statementId: String, projectId: String, link: StatementLink, kind: LinkKind, knowledgeLevel: String?, coder: String, excerpt: String, source: String?, line: Int?) {
        storage = Storage(id: id, statementId: statementId, projectId: projectId, link: link, kind: kind, knowledgeLevel: knowledgeLevel, coder: coder, excerpt: excerpt, source: source, line: line)
    }

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public static func == (left: EvidenceLink, right: EvidenceLink) -> Bool { left.storage == right.storage }

    public var id: String {
        get { storage.id }
        _modify { yield &unique().id }
        set { unique().id = newValue }
    }
    public var statementId: String {
        get { storage.statementId }
        _modify { yield &unique().statementId }
        set { unique().statementId = newValue }
    }
    public var projectId: String {
        get { storage.projectId }
        _modify { yield &unique().projectId }
        set { unique().projectId = newValue }
    }
    public var link: StatementLink {
        get { storage.link }
        _modify { yield &unique().link }
        set { unique().link = newValue }
    }
    public var kind: LinkKind {
        get { storage.kind }
        _modify { yield &unique().kind }
        set { unique().kind = newValue }
    }
    public var knowledgeLevel: String? {
        get { storage.knowledgeLevel }
        _modify { yield &unique().knowledgeLevel }
        set { unique().knowledgeLevel = newValue }
    }
    public var coder: String {
        get { storage.coder }
        _modify { yield &unique().coder }
        set { unique().coder = newValue }
    }
    public var excerpt: String {
        get { storage.excerpt }
        _modify { yield &unique().excerpt }
        set { unique().excerpt = newValue }
    }
    public var source: String? {
        get { storage.source }
        _modify { yield &unique().source }
        set { unique().source = newValue }
    }
    public var line: Int? {
        get { storage.line }
        _modify { yield &unique().line }
        set { unique().line = newValue }
    }
}
