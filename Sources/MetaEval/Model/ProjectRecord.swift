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

    /// The stored fields, shared between copies until one of them changes (`CopyOnWrite`).
    private struct Fields: Sendable, Equatable {
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
    }

    private var fields: CopyOnWrite<Fields>

    public var id: String {
        get { fields.value.id }
        _modify { yield &fields.value.id }
    }
    public var kind: Kind {
        get { fields.value.kind }
        _modify { yield &fields.value.kind }
    }
    public var title: String {
        get { fields.value.title }
        _modify { yield &fields.value.title }
    }
    public var source: Source {
        get { fields.value.source }
        _modify { yield &fields.value.source }
    }
    public var channels: [String] {
        get { fields.value.channels }
        _modify { yield &fields.value.channels }
    }
    public var appendixGroup: String? {
        get { fields.value.appendixGroup }
        _modify { yield &fields.value.appendixGroup }
    }
    public var targetGroup: String? {
        get { fields.value.targetGroup }
        _modify { yield &fields.value.targetGroup }
    }
    public var purpose: String? {
        get { fields.value.purpose }
        _modify { yield &fields.value.purpose }
    }
    public var method: String? {
        get { fields.value.method }
        _modify { yield &fields.value.method }
    }
    public var organisation: String? {
        get { fields.value.organisation }
        _modify { yield &fields.value.organisation }
    }
    /// The contact person a channel named for the project.
    public var contact: String? {
        get { fields.value.contact }
        _modify { yield &fields.value.contact }
    }
    public var period: Coded<Period> {
        get { fields.value.period }
        _modify { yield &fields.value.period }
    }
    public var participants: Coded<Int> {
        get { fields.value.participants }
        _modify { yield &fields.value.participants }
    }
    public var disabilityType: Coded<String> {
        get { fields.value.disabilityType }
        _modify { yield &fields.value.disabilityType }
    }
    public var ageGroup: Coded<String> {
        get { fields.value.ageGroup }
        _modify { yield &fields.value.ageGroup }
    }
    public var methodsUsed: Coded<[String]> {
        get { fields.value.methodsUsed }
        _modify { yield &fields.value.methodsUsed }
    }
    /// Core problems and system challenges the record addresses (section 5.2), by problem type id.
    public var problems: Coded<[String]> {
        get { fields.value.problems }
        _modify { yield &fields.value.problems }
    }
    /// Analyses only (section 4.5, figure 4): relevant to the purpose and the target group of the
    /// meta-evaluation. Projects are screened by the inclusion criteria instead.
    public var relevance: Coded<Bool> {
        get { fields.value.relevance }
        _modify { yield &fields.value.relevance }
    }
    public var importance: Coded<String> {
        get { fields.value.importance }
        _modify { yield &fields.value.importance }
    }
    public var implementability: Coded<String> {
        get { fields.value.implementability }
        _modify { yield &fields.value.implementability }
    }
    public var documentation: Coded<String> {
        get { fields.value.documentation }
        _modify { yield &fields.value.documentation }
    }
    /// Inclusion decisions by criterion id (box 4).
    public var inclusion: [String: Coded<Bool>] {
        get { fields.value.inclusion }
        _modify { yield &fields.value.inclusion }
    }
    public var documents: [String] {
        get { fields.value.documents }
        _modify { yield &fields.value.documents }
    }
    /// Ids of records merged into this one as duplicates (chapter 3.2).
    public var duplicates: [String] {
        get { fields.value.duplicates }
        _modify { yield &fields.value.duplicates }
    }
    public var statements: [ExperienceStatement] {
        get { fields.value.statements }
        _modify { yield &fields.value.statements }
    }
    /// The file the record was read from, relative to the corpus; not stored in the record.
    public var file: String {
        get { fields.value.file }
        _modify { yield &fields.value.file }
    }

    public init(id: String, title: String, source: Source) {
        fields = CopyOnWrite(Fields(id: id, title: title, source: source))
    }

    /// The statements in force: the human-coded ones, or the machine's when no person coded any.
    public var statementsInForce: [ExperienceStatement] {
        let human = statements.filter { !$0.isMachine }
        return human.isEmpty ? statements : human
    }
}
