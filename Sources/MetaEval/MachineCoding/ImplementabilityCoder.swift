/// Step 4, implementability (section 4.3, box 5): which of the twelve working questions the
/// document answers, each with the answering sentence, and the level from the number answered
/// with the thresholds (`minAnswered`) of codebook/implementability.json. Headings do not answer.
public struct ImplementabilityCoder: Sendable {
    let questions: [CodebookEntry]
    let lexicon: Lexicon
    let levels: [CodebookEntry]
    /// The document path evidence names; set per document on a coder built once.
    public var source: String

    public init(codebook: Codebook, source: String) {
        questions = codebook.workingQuestions.entries
        lexicon = Lexicon(questions)
        levels = codebook.implementability.entries.sorted { ($0.minAnswered ?? 0, $1.id) > ($1.minAnswered ?? 0, $0.id) }
        self.source = source
    }

    public func code(_ sentences: [Sentence]) -> (questions: [DocumentCoding.Question], level: Code<String>?, note: CodingNote) {
        var answers: [String: Evidence] = [:]
        for sentence in sentences where sentence.isProse {
            for hit in lexicon.hits(in: sentence) where answers[hit.id] == nil {
                answers[hit.id] = Evidence(text: sentence.text, source: source, line: sentence.line)
            }
            // Every hit is of a question: once each has its answer, the rest cannot change one.
            if answers.count == questions.count { break }
        }
        let outcomes = questions.map { DocumentCoding.Question(id: $0.id, answered: answers[$0.id] != nil, evidence: answers[$0.id]) }
        let answered = outcomes.filter(\.answered).count
        let note = CodingNote("coding-note-answered", [String(answered), String(questions.count)])
        guard let level = levels.first(where: { answered >= ($0.minAnswered ?? 0) }) else { return (outcomes, nil, note) }
        let code = Code(value: level.id, coder: Code<String>.machineCoder, evidence: outcomes.compactMap(\.evidence))
        return (outcomes, code, note)
    }
}
