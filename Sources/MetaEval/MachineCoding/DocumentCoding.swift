/// Everything the machine reads out of one project document, each decision with the sentences
/// it rests on: the draft an evaluator confirms or corrects (`metaeval suggest`), and the
/// machine codes `metaeval run` stores beside the human ones.
public struct DocumentCoding: Sendable, Equatable {
    /// One inclusion criterion (box 4): met, not met, or undecided (nil), and why.
    public struct Criterion: Sendable, Equatable {
        public var id: String
        public var met: Bool?
        public var evidence: [Evidence]
        public var reason: CodingNote?
    }

    /// One working question (box 5): answered or not, with the answering sentence.
    public struct Question: Sendable, Equatable {
        public var id: String
        public var answered: Bool
        public var evidence: Evidence?
    }

    /// An experience statement read from one sentence, split into atomic links.
    public struct Statement: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var links: [StatementLink]
    }

    public enum Inclusion: String, Sendable {
        case include, exclude, undecided
    }

    public var source: String
    public var title: Code<String>?
    public var period: Code<Period>?
    public var participants: Code<Int>?
    public var ageGroup: Code<String>?
    public var disabilityType: Code<String>?
    public var purpose: [Evidence] = []
    /// What kind of document this is when it is not an evaluation of an intervention
    /// (`strategy`, `standing-function`, `analysis`, `staff`), with the deciding sentence.
    public var documentKind: Code<String>?
    public var criteria: [Criterion] = []
    public var inclusion: Inclusion = .undecided
    public var failingCriterion: String?
    public var importance: Code<String>?
    public var questions: [Question] = []
    public var implementability: Code<String>?
    public var documentation: Code<String>?
    public var knowledgeLevel: String?
    public var statements: [Statement] = []
    /// The reasons behind decisions other than the criteria, by field (`period`,
    /// `implementability`, `documentation`, `importance`).
    public var notes: [String: CodingNote] = [:]
    public var warnings: [DecodedDocument.Warning] = []
    public var sentenceCount = 0

    public init(source: String) { self.source = source }
}
