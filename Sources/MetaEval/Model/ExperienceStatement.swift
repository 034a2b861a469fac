/// An experience statement (step 5): the excerpt as the project material words it, where it
/// stands, who coded it, and its generalised atomic links (step 6).
public struct ExperienceStatement: Sendable, Equatable {
    public var id: String
    public var coder: String
    public var excerpt: String
    public var source: String?
    public var line: Int?
    public var links: [StatementLink]

    public init(id: String, coder: String, excerpt: String, source: String? = nil, line: Int? = nil, links: [StatementLink]) {
        self.id = id
        self.coder = coder
        self.excerpt = excerpt
        self.source = source
        self.line = line
        self.links = links
    }

    public var isMachine: Bool { coder == Code<String>.machineCoder }
}
