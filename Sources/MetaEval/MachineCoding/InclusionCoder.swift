/// Step 1 (section 4.1, box 4) on a document: decides each inclusion criterion as met, not met
/// or undecided, each with the sentence that decided it, and the overall include / exclude /
/// undecided. It recognises documents that are not evaluations of a completed intervention —
/// strategy papers and plans, annual reports and standing functions, analyses and mappings,
/// efforts aimed only at staff or employers — and fails the criterion each of them misses.
public struct InclusionCoder: Sendable {
    /// What the other coders found that the criteria need.
    public struct Facts: Sendable {
        public var sentences: [Sentence]
        public var period: Code<Period>?
        public var participants: Code<Int>?
        public var participantsAreStaff: Bool
        public var targetSentences: [Sentence]
        public var purpose: [Sentence]
        public var disabilityType: Code<String>?
        /// How many working questions of box 5 the document answers.
        public var answeredQuestions: Int
    }

    let criteria: [String]
    let edition: Period
    /// The document path evidence names; set per document on a coder built once.
    public var source: String
    let strategy: Lexicon, standing: Lexicon, analysis: Lexicon, staff: Lexicon, planned: Lexicon
    let employment: Lexicon, intervention: Lexicon, citizen: Lexicon, minors: Lexicon, adults: Lexicon, goal: Lexicon, negation: Lexicon

    /// A document shorter than this many sentences cannot be coded (sufficient information).
    static let minimumSentences = 6
    /// From this many sentences on, a document with a purpose or method is enough to code.
    static let sufficientSentences = 15
    /// … and answers at least this many working questions.
    static let sufficientQuestions = 2

    public init(codebook: Codebook, edition: Period, source: String) {
        criteria = codebook.criteria.ids
        self.edition = edition
        self.source = source
        strategy = codebook.cueLexicon("strategy")
        standing = codebook.cueLexicon("standing-function")
        analysis = codebook.cueLexicon("analysis")
        staff = codebook.cueLexicon("staff", wholeWords: true)
        planned = codebook.cueLexicon("planned")
        employment = codebook.cueLexicon("employment-purpose")
        intervention = codebook.cueLexicon("intervention")
        citizen = codebook.cueLexicon("citizen-level")
        minors = codebook.cueLexicon("minors")
        adults = codebook.cueLexicon("adults")
        goal = codebook.cueLexicon("goal")
        negation = codebook.cueLexicon("negation", wholeWords: true)
    }

    /// The lexicons a `LexiconScreen` should know.
    var lexicons: [Lexicon] { [strategy, standing, analysis, staff, planned, employment, intervention, citizen, minors, adults, goal, negation] }

    func evidence(_ sentences: [Sentence]) -> [Evidence] { sentences.map { Evidence(text: $0.text, source: source, line: $0.line) } }

    /// The kind of non-evaluation document, with the sentence that shows it, or nil.
    public func documentKind(_ facts: Facts) -> Code<String>? {
        let head = Array(facts.sentences.prefix(3))
        func kind(_ id: String, _ sentences: [Sentence]) -> Code<String> {
            Code(value: id, coder: Code<String>.machineCoder, evidence: evidence(sentences))
        }
        if let sentence = head.first(where: { strategy.contains($0) }) { return kind("strategy", [sentence]) }
        if let sentence = head.first(where: { standing.contains($0) }) { return kind("standing-function", [sentence]) }
        let standingSentences = facts.sentences.filter { standing.contains($0) }
        if standingSentences.count >= 2, facts.period == nil { return kind("standing-function", Array(standingSentences.prefix(2))) }
        if let sentence = head.first(where: { analysis.contains($0) }), facts.participants == nil || facts.participantsAreStaff {
            return kind("analysis", [sentence])
        }
        if let sentence = facts.targetSentences.first(where: { staff.contains($0) && !citizen.contains($0) }),
           facts.participants == nil || facts.participantsAreStaff {
            return kind("staff", [sentence])
        }
        // "Projektet har ikke haft borgere tilknyttet": only staff or employers took part.
        if facts.participantsAreStaff,
           let sentence = facts.sentences.first(where: { citizen.contains($0) && negation.contains($0) && MetadataExtractor.isClause($0) }) {
            return kind("staff", [sentence])
        }
        let plans = facts.sentences.filter { planned.contains($0) }
        if plans.count >= 4, plans.count * 4 >= facts.sentences.count { return kind("strategy", Array(plans.prefix(2))) }
        return nil
    }

    public func code(_ facts: Facts, kind: Code<String>?) -> (criteria: [DocumentCoding.Criterion], decision: DocumentCoding.Inclusion, failing: String?) {
        let outcomes = criteria.map { decide($0, facts, kind) }
        if let failing = outcomes.first(where: { $0.met == false }) { return (outcomes, .exclude, failing.id) }
        return (outcomes, outcomes.allSatisfy { $0.met == true } ? .include : .undecided, nil)
    }

    func decide(_ id: String, _ facts: Facts, _ kind: Code<String>?) -> DocumentCoding.Criterion {
        func met(_ value: Bool?, _ sentences: [Sentence], _ key: String? = nil, _ arguments: [String] = []) -> DocumentCoding.Criterion {
            DocumentCoding.Criterion(id: id, met: value, evidence: evidence(sentences), reason: key.map { CodingNote($0, arguments) })
        }
        func byKind(_ key: String) -> DocumentCoding.Criterion {
            DocumentCoding.Criterion(id: id, met: false, evidence: kind?.evidence ?? [], reason: CodingNote(key))
        }
        let sentences = facts.sentences
        switch id {
        case "period":
            let later = sentences.first { sentence in
                planned.contains(sentence) && Token.mayHoldYear(sentence.text) && Token.tokens(sentence.text).contains { ($0.year ?? 0) > edition.end }
            }
            if let period = facts.period {
                let inside = period.value.end >= edition.start && period.value.end <= edition.end
                let note = CodingNote(inside ? "coding-note-ended-within" : "coding-note-ended-outside",
                                      [String(period.value.end), String(edition.start), String(edition.end)])
                return DocumentCoding.Criterion(id: id, met: inside, evidence: period.evidence, reason: note)
            }
            if let later { return met(false, [later], "coding-note-plans-after", [String(edition.end)]) }
            return met(nil, [], "coding-note-no-period")
        case "employment-purpose":
            if let sentence = facts.purpose.first(where: { employment.contains($0) }) { return met(true, [sentence]) }
            if !facts.purpose.isEmpty { return met(false, [facts.purpose[0]], "coding-note-purpose-not-employment") }
            if let sentence = sentences.first(where: { goal.contains($0) && employment.contains($0) && !planned.contains($0) }) {
                return met(true, [sentence], "coding-note-goal-employment")
            }
            if let title = sentences.prefix(3).first(where: { $0.line <= 12 && !$0.text.hasSuffix(".") && employment.contains($0.text) }) {
                return met(true, [title], "coding-note-title-employment")
            }
            return met(nil, [], "coding-note-no-purpose")
        case "time-limited-intervention":
            switch kind?.value {
            case "strategy": return byKind("coding-note-kind-strategy")
            case "standing-function": return byKind("coding-note-kind-standing-function")
            case "analysis": return byKind("coding-note-kind-analysis")
            default: break
            }
            if let period = facts.period, sentences.contains(where: { intervention.contains($0) }) {
                let named = period.evidence.first { intervention.contains($0.text) }
                let sentence = sentences.first { intervention.contains($0) && $0.text.split(separator: " ").count >= 5 }
                if let named { return DocumentCoding.Criterion(id: id, met: true, evidence: [named], reason: CodingNote("coding-note-project-with-period")) }
                if let sentence { return met(true, [sentence], "coding-note-project-with-period") }
            }
            return met(nil, [], "coding-note-no-project")
        case "concrete-participants":
            if kind?.value == "analysis" { return byKind("coding-note-no-intervention") }
            if let participants = facts.participants, !facts.participantsAreStaff {
                return DocumentCoding.Criterion(id: id, met: true, evidence: participants.evidence, reason: nil)
            }
            if kind?.value == "staff" { return met(nil, [], "coding-note-staff-named") }
            if let sentence = sentences.first(where: { $0.index > 0 && citizen.mayMatch($0) && MetadataExtractor.isClause($0) && citizen.contains($0) && !negation.contains($0.text) }) {
                return met(true, [sentence])
            }
            return met(nil, [], "coding-note-no-participants")
        case "adults":
            let pool = facts.targetSentences.isEmpty ? sentences : facts.targetSentences
            let adult = pool.first { adults.contains($0) }
            if adult == nil, let minor = pool.first(where: { minors.contains($0) }) { return met(false, [minor], "coding-note-minors") }
            if let adult { return met(true, [adult]) }
            if let target = facts.targetSentences.first { return met(true, [target], "coding-note-no-minors") }
            if let participants = facts.participants, !facts.participantsAreStaff, !sentences.contains(where: { minors.contains($0) }) {
                return DocumentCoding.Criterion(id: id, met: true, evidence: participants.evidence, reason: CodingNote("coding-note-no-minors-named"))
            }
            return met(nil, [], "coding-note-no-target-group")
        case "disability-target-group":
            if kind?.value == "staff" { return byKind("coding-note-kind-staff") }
            if let disability = facts.disabilityType { return DocumentCoding.Criterion(id: id, met: true, evidence: disability.evidence, reason: nil) }
            return met(nil, [], "no disability named")
        case "sufficient-information":
            if sentences.count < Self.minimumSentences { return met(false, Array(sentences.prefix(1)), "coding-note-few-sentences", [String(sentences.count)]) }
            if sentences.count >= Self.sufficientSentences, let first = facts.purpose.first ?? facts.targetSentences.first,
               facts.answeredQuestions >= Self.sufficientQuestions {
                return met(true, [first], "coding-note-sufficient", [String(sentences.count), String(facts.answeredQuestions)])
            }
            return met(nil, [], "coding-note-little-described")
        default:
            return met(nil, [], "coding-note-not-decided")
        }
    }
}
