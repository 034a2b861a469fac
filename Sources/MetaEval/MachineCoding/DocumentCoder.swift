/// The machine coding of one full-text document as one stage: bytes in, a `DocumentCoding`
/// out. It decodes and normalises the text, splits it into sentences, reads the metadata,
/// screens inclusion (box 4), codes implementability (box 5), documentation, the knowledge
/// level through the codebook's matrix, importance (box 1) and the experience statements.
/// A pure function of (document bytes, codebook, edition period), so results can be cached
/// and documents coded in parallel.
public struct DocumentCoder: Sendable {
    /// The cue entries of codebook/cues.json this stage relies on.
    public static let requiredCues = ["causal-reversed", "clause-break", "abbreviation", "period", "period-start", "period-end",
                                      "years-forward", "participants", "participants-total", "participant-count", "purpose", "employment-purpose",
                                      "target-group", "minors", "adults", "staff", "citizen-level", "strategy", "standing-function",
                                      "analysis", "intervention", "absence", "results", "intention", "research-citation", "phrase-filler",
                                      "participants-took-part", "participants-referred", "participants-outcome", "goal"]

    public let codebook: Codebook
    public let edition: Period
    let splitter: SentenceSplitter
    let statements: StatementExtractor
    let metadataCoder: MetadataExtractor
    let implementabilityCoder: ImplementabilityCoder
    let documentationCoder: DocumentationCoder
    let inclusionCoder: InclusionCoder
    let screen: LexiconScreen

    /// Builds every phrase automaton once; `code` then only scans.
    public init(codebook: Codebook, edition: Period) {
        self.codebook = codebook
        self.edition = edition
        splitter = SentenceSplitter(abbreviations: codebook.cues["abbreviation"]?.synonyms ?? [])
        statements = StatementExtractor(codebook: codebook)
        metadataCoder = MetadataExtractor(codebook: codebook, source: "")
        implementabilityCoder = ImplementabilityCoder(codebook: codebook, source: "")
        documentationCoder = DocumentationCoder(codebook: codebook, source: "")
        inclusionCoder = InclusionCoder(codebook: codebook, edition: edition, source: "")
        screen = LexiconScreen(statements.lexicons + metadataCoder.lexicons + [implementabilityCoder.lexicon]
                               + documentationCoder.lexicons + inclusionCoder.lexicons)
    }

    /// Codes a document's bytes; fails only when the bytes are not a text document.
    public func code(_ bytes: [UInt8], source: String) -> Result<DocumentCoding, DocumentReader.Failure> {
        DocumentReader.decode(bytes).map { code($0, source: source) }
    }

    public func code(_ document: DecodedDocument, source: String) -> DocumentCoding {
        var copy = document
        return code(taking: &copy, source: source)
    }

    /// Codes a document whose text the caller gives up: the text is emptied once normalised, so
    /// a large document is not held three times over (raw, normalised, split).
    public func code(taking document: inout DecodedDocument, source: String) -> DocumentCoding {
        var normalised = TextNormaliser().normalise(document.text)
        document.text = ""
        var sentences = splitter.split(normalised)
        normalised = []
        screen.screen(&sentences)
        var coding = codeScreened(sentences, source: source)
        coding.warnings = document.warnings
        return coding
    }

    /// Keeps a decision's reason for the review sheet and words it in English on the code.
    func note<V>(_ field: String, _ note: CodingNote, _ path: WritableKeyPath<DocumentCoding, Code<V>?>, _ coding: inout DocumentCoding) {
        coding.notes[field] = note
        coding[keyPath: path]?.note = note.text(codebook, .en)
    }

    public func code(_ unscreened: [Sentence], source: String) -> DocumentCoding {
        codeScreened(screen.screen(unscreened), source: source)
    }

    func codeScreened(_ sentences: [Sentence], source: String) -> DocumentCoding {
        var coding = DocumentCoding(source: source)
        coding.sentenceCount = sentences.count
        var metadata = metadataCoder
        metadata.source = source
        coding.title = metadata.title(sentences)
        coding.period = metadata.period(sentences)
        if let key = coding.period?.note, key == MetadataExtractor.onlyEndYear { note("period", CodingNote(key), \.period, &coding) }
        let participants = metadata.participants(sentences)
        coding.participants = participants.flatMap { $0.staff ? nil : $0.code }
        let targets = metadata.targetSentences(sentences)
        coding.ageGroup = metadata.ageGroup(sentences, targets: targets)
        coding.disabilityType = metadata.disabilityType(sentences, targets: targets)
        let purpose = metadata.purpose(sentences)
        coding.purpose = purpose.map { Evidence(text: $0.text, source: source, line: $0.line) }

        coding.statements = statements.statements(sentences)
        var implementabilityCoder = implementabilityCoder
        implementabilityCoder.source = source
        let (questions, implementability, answeredNote) = implementabilityCoder.code(sentences)
        coding.questions = questions
        coding.implementability = implementability
        note("implementability", answeredNote, \.implementability, &coding)
        var documentationCoder = documentationCoder
        documentationCoder.source = source
        let (documentation, documentationNote) = documentationCoder.code(sentences, statements: coding.statements)
        coding.documentation = documentation
        if let documentationNote { note("documentation", documentationNote, \.documentation, &coding) }
        if let documentation = coding.documentation?.value, let implementability = implementability?.value {
            coding.knowledgeLevel = codebook.matrix.knowledgeLevel(documentation: documentation, implementability: implementability)
        }
        let (importance, importanceNote) = ImportanceCoder(source: source).code(statements: coding.statements, documentation: coding.documentation)
        coding.importance = importance
        note("importance", importanceNote, \.importance, &coding)

        var inclusion = inclusionCoder
        inclusion.source = source
        let facts = InclusionCoder.Facts(sentences: sentences, period: coding.period, participants: participants?.code,
                                         participantsAreStaff: participants?.staff ?? false,
                                         targetSentences: targets, purpose: purpose,
                                         disabilityType: coding.disabilityType,
                                         answeredQuestions: questions.filter(\.answered).count)
        coding.documentKind = inclusion.documentKind(facts)
        (coding.criteria, coding.inclusion, coding.failingCriterion) = inclusion.code(facts, kind: coding.documentKind)
        return coding
    }
}
