/// Step 4, documentation (section 4.3): scientific (randomised or quasi-experimental design,
/// control or comparison group, effect study), systematic (individual before/after measurement,
/// systematic monitoring, surveys, thorough evaluation) or anecdotal (self-evaluation, cases,
/// stories of individuals), from the cue phrases of codebook/documentation.json. The strongest
/// level with a cue wins; a sentence saying a method was not used ("uden kontrolgruppe") or is
/// only planned ("en evaluering vil blive gennemført") or not yet there ("Den eksterne evaluering
/// … er forsinket") does not count. A sentence that measures at the start and again at the end
/// ("Alle deltagere udfyldte et skema ved start og igen ved projektets afslutning") is a
/// before-and-after measurement: systematic. With no cue at all the documentation is anecdotal.
public struct DocumentationCoder: Sendable {
    let levels: [CodebookEntry]
    let lexicon: Lexicon
    let absence: Lexicon
    let planned: Lexicon
    let pending: Lexicon
    /// The phrases of a before-and-after measurement: a start, then an end, and a measurement.
    let measureStart: Lexicon, measureEnd: Lexicon, measurement: Lexicon
    /// The level a before-and-after measurement gives.
    static let beforeAfterLevel = "systematic"
    /// The document path evidence names; set per document on a coder built once.
    public var source: String

    public init(codebook: Codebook, source: String) {
        levels = codebook.documentation.entries.sorted { ($0.rank ?? 0) > ($1.rank ?? 0) }
        lexicon = Lexicon(codebook.documentation.entries)
        absence = codebook.cueLexicon("absence", wholeWords: true)
        planned = codebook.cueLexicon("planned")
        pending = codebook.cueLexicon("evaluation-pending")
        measureStart = codebook.cueLexicon("measure-start", wholeWords: true)
        measureEnd = codebook.cueLexicon("measure-end", wholeWords: true)
        measurement = codebook.cueLexicon("measurement")
        self.source = source
    }

    /// The lexicons a `LexiconScreen` should know.
    var lexicons: [Lexicon] { [lexicon, absence, planned, pending, measureStart, measureEnd, measurement] }

    /// Whether a sentence measures at the start and again at the end: a start phrase, an end
    /// phrase after it, and a word for a measurement, form or registration.
    func measuresBeforeAndAfter(_ sentence: Sentence) -> Bool {
        guard measureStart.mayMatch(sentence), measureEnd.mayMatch(sentence), measurement.contains(sentence),
              let start = measureStart.first(in: sentence) else { return false }
        return measureEnd.hits(in: sentence).contains { $0.start >= start.end }
    }

    public func code(_ sentences: [Sentence], statements: [DocumentCoding.Statement]) -> (code: Code<String>?, note: CodingNote?) {
        var found: [String: [Sentence]] = [:]
        for sentence in sentences where sentence.isProse && !absence.contains(sentence) && !planned.contains(sentence) && !pending.contains(sentence) {
            var ids = Set(lexicon.hits(in: sentence).map(\.id))
            if measuresBeforeAndAfter(sentence) { ids.insert(Self.beforeAfterLevel) }
            for id in ids { found[id, default: []].append(sentence) }
        }
        for level in levels {
            if let sentences = found[level.id], !sentences.isEmpty {
                return (Code(value: level.id, coder: Code<String>.machineCoder,
                             evidence: sentences.prefix(3).map { Evidence(text: $0.text, source: source, line: $0.line) }), nil)
            }
        }
        guard let weakest = levels.last else { return (nil, nil) }
        return (Code(value: weakest.id, coder: Code<String>.machineCoder,
                     evidence: statements.prefix(2).map { Evidence(text: $0.text, source: source, line: $0.line) }),
                CodingNote("coding-note-no-documentation-cue"))
    }
}
