/// One project (or analysis) as the corpus holds it: what the material says, and every
/// coding decision made about it. Read by `RecordDecoder`, written by `RecordEncoder`.
public struct ProjectRecord: Sendable, Equatable {
    /// Projects are tallied; analyses and mappings (section 4.5) are supporting evidence only.
    public enum Kind: String, Sendable, CaseIterable {
        case project, analysis
    }

    /// Where the record's information was published.
    public struct Source: Sendable, Equatable {
        public var citation: String
        public var appendix: Int?
        public var number: Int?

        public init(citation: String, appendix: Int? = nil, number: Int? = nil) {
            self.citation = citation
            self.appendix = appendix
            self.number = number
        }
    }

    public var id: String
    public var kind: Kind = .project
    public var title: String
    public var source: Source
    public var channels: [String] = []
    public var appendixGroup: String?
    public var targetGroup: String?
    public var purpose: String?
    public var method: String?
    public var organisation: String?
    /// The contact person a channel named for the project.
    public var contact: String?
    public var period = Coded<Period>()
    public var participants = Coded<Int>()
    public var disabilityType = Coded<String>()
    public var ageGroup = Coded<String>()
    public var methodsUsed = Coded<[String]>()
    /// Core problems and system challenges the record addresses (section 5.2), by problem type id.
    public var problems = Coded<[String]>()
    /// Analyses only (section 4.5, figure 4): relevant to the purpose and the target group of the
    /// meta-evaluation. Projects are screened by the inclusion criteria instead.
    public var relevance = Coded<Bool>()
    public var importance = Coded<String>()
    public var implementability = Coded<String>()
    public var documentation = Coded<String>()
    /// Inclusion decisions by criterion id (box 4).
    public var inclusion: [String: Coded<Bool>] = [:]
    public var documents: [String] = []
    /// Ids of records merged into this one as duplicates (chapter 3.2).
    public var duplicates: [String] = []
    public var statements: [ExperienceStatement] = []

    /// The file the record was read from, relative to the corpus; not stored in the record.
    public var file: String = ""

    public init(id: String, title: String, source: Source) {
        self.id = id
        self.title = title
        self.source = source
    }

    /// The statements in force: the human-coded ones, or the machine's when no person coded any.
    public var statementsInForce: [ExperienceStatement] {
        let human = statements.filter { !$0.isMachine }
        return human.isEmpty ? statements : human
    }
}
