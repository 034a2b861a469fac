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

    /// The fields, shared between copies until one of them changes (copy on write): a record
    /// passes through every stage and report, and copying one is a single reference count.
    private final class Storage: @unchecked Sendable, Equatable {
        var id: String
        var kind: Kind = .project
        var title: String
        var source: Source
        var channels: [String] = []
        var appendixGroup: String?
        var targetGroup: String?
        var purpose: String?
        var method: String?
        var organisation: String?
        var contact: String?
        var period: Coded<Period> = Coded<Period>()
        var participants: Coded<Int> = Coded<Int>()
        var disabilityType: Coded<String> = Coded<String>()
        var ageGroup: Coded<String> = Coded<String>()
        var methodsUsed: Coded<[String]> = Coded<[String]>()
        var problems: Coded<[String]> = Coded<[String]>()
        var relevance: Coded<Bool> = Coded<Bool>()
        var importance: Coded<String> = Coded<String>()
        var implementability: Coded<String> = Coded<String>()
        var documentation: Coded<String> = Coded<String>()
        var inclusion: [String: Coded<Bool>] = [:]
        var documents: [String] = []
        var duplicates: [String] = []
        var statements: [ExperienceStatement] = []
        var file: String = ""

        init(id: String, title: String, source: Source) {
            self.id = id
            self.title = title
            self.source = source
        }

        func copy() -> Storage {
            let copy = Storage(id: id, title: title, source: source)
            copy.kind = kind
            copy.channels = channels
            copy.appendixGroup = appendixGroup
            copy.targetGroup = targetGroup
            copy.purpose = purpose
            copy.method = method
            copy.organisation = organisation
            copy.contact = contact
            copy.period = period
            copy.participants = participants
            copy.disabilityType = disabilityType
            copy.ageGroup = ageGroup
            copy.methodsUsed = methodsUsed
            copy.problems = problems
            copy.relevance = relevance
            copy.importance = importance
            copy.implementability = implementability
            copy.documentation = documentation
            copy.inclusion = inclusion
            copy.documents = documents
            copy.duplicates = duplicates
            copy.statements = statements
            copy.file = file
            return copy
        }

        static func == (left: Storage, right: Storage) -> Bool {
            left === right || (left.id == right.id
                && left.kind == right.kind
                && left.title == right.title
                && left.source == right.source
                && left.channels == right.channels
                && left.appendixGroup == right.appendixGroup
                && left.targetGroup == right.targetGroup
                && left.purpose == right.purpose
                && left.method == right.method
                && left.organisation == right.organisation
                && left.contact == right.contact
                && left.period == right.period
                && left.participants == right.participants
                && left.disabilityType == right.disabilityType
                && left.ageGroup == right.ageGroup
                && left.methodsUsed == right.methodsUsed
                && left.problems == right.problems
                && left.relevance == right.relevance
                && left.importance == right.importance
                && left.implementability == right.implementability
                && left.documentation == right.documentation
                && left.inclusion == right.inclusion
                && left.documents == right.documents
                && left.duplicates == right.duplicates
                && left.statements == right.statements
                && left.file == right.file)
        }
    }

    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public static func == (left: ProjectRecord, right: ProjectRecord) -> Bool { left.storage == right.storage }

    public var id: String {
        get { storage.id }
        _modify { yield &unique().id }
        set { unique().id = newValue }
    }
    public var kind: Kind {
        get { storage.kind }
        _modify { yield &unique().kind }
        set { unique().kind = newValue }
    }
    public var title: String {
        get { storage.title }
        _modify { yield &unique().title }
        set { unique().title = newValue }
    }
    public var source: Source {
        get { storage.source }
        _modify { yield &unique().source }
        set { unique().source = newValue }
    }
    public var channels: [String] {
        get { storage.channels }
        _modify { yield &unique().channels }
        set { unique().channels = newValue }
    }
    public var appendixGroup: String? {
        get { storage.appendixGroup }
        _modify { yield &unique().appendixGroup }
        set { unique().appendixGroup = newValue }
    }
    public var targetGroup: String? {
        get { storage.targetGroup }
        _modify { yield &unique().targetGroup }
        set { unique().targetGroup = newValue }
    }
    public var purpose: String? {
        get { storage.purpose }
        _modify { yield &unique().purpose }
        set { unique().purpose = newValue }
    }
    public var method: String? {
        get { storage.method }
        _modify { yield &unique().method }
        set { unique().method = newValue }
    }
    public var organisation: String? {
        get { storage.organisation }
        _modify { yield &unique().organisation }
        set { unique().organisation = newValue }
    }
    /// The contact person a channel named for the project.
    public var contact: String? {
        get { storage.contact }
        _modify { yield &unique().contact }
        set { unique().contact = newValue }
    }
    public var period: Coded<Period> {
        get { storage.period }
        _modify { yield &unique().period }
        set { unique().period = newValue }
    }
    public var participants: Coded<Int> {
        get { storage.participants }
        _modify { yield &unique().participants }
        set { unique().participants = newValue }
    }
    public var disabilityType: Coded<String> {
        get { storage.disabilityType }
        _modify { yield &unique().disabilityType }
        set { unique().disabilityType = newValue }
    }
    public var ageGroup: Coded<String> {
        get { storage.ageGroup }
        _modify { yield &unique().ageGroup }
        set { unique().ageGroup = newValue }
    }
    public var methodsUsed: Coded<[String]> {
        get { storage.methodsUsed }
        _modify { yield &unique().methodsUsed }
        set { unique().methodsUsed = newValue }
    }
    /// Core problems and system challenges the record addresses (section 5.2), by problem type id.
    public var problems: Coded<[String]> {
        get { storage.problems }
        _modify { yield &unique().problems }
        set { unique().problems = newValue }
    }
    /// Analyses only (section 4.5, figure 4): relevant to the purpose and the target group of the
    /// meta-evaluation. Projects are screened by the inclusion criteria instead.
    public var relevance: Coded<Bool> {
        get { storage.relevance }
        _modify { yield &unique().relevance }
        set { unique().relevance = newValue }
    }
    public var importance: Coded<String> {
        get { storage.importance }
        _modify { yield &unique().importance }
        set { unique().importance = newValue }
    }
    public var implementability: Coded<String> {
        get { storage.implementability }
        _modify { yield &unique().implementability }
        set { unique().implementability = newValue }
    }
    public var documentation: Coded<String> {
        get { storage.documentation }
        _modify { yield &unique().documentation }
        set { unique().documentation = newValue }
    }
    /// Inclusion decisions by criterion id (box 4).
    public var inclusion: [String: Coded<Bool>] {
        get { storage.inclusion }
        _modify { yield &unique().inclusion }
        set { unique().inclusion = newValue }
    }
    public var documents: [String] {
        get { storage.documents }
        _modify { yield &unique().documents }
        set { unique().documents = newValue }
    }
    /// Ids of records merged into this one as duplicates (chapter 3.2).
    public var duplicates: [String] {
        get { storage.duplicates }
        _modify { yield &unique().duplicates }
        set { unique().duplicates = newValue }
    }
    public var statements: [ExperienceStatement] {
        get { storage.statements }
        _modify { yield &unique().statements }
        set { unique().statements = newValue }
    }
    /// The file the record was read from, relative to the corpus; not stored in the record.
    public var file: String {
        get { storage.file }
        _modify { yield &unique().file }
        set { unique().file = newValue }
    }

    public init(id: String, title: String, source: Source) {
        storage = Storage(id: id, title: title, source: source)
    }

    /// The statements in force: the human-coded ones, or the machine's when no person coded any.
    public var statementsInForce: [ExperienceStatement] {
        let human = statements.filter { !$0.isMachine }
        return human.isEmpty ? statements : human
    }
}
