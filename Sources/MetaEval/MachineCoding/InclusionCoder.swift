import Foundation

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
    /// Disability words beyond the types of descriptives.json ("ordblinde"), and the words that end a company name.
    let disability: Lexicon, nameSuffix: Lexicon

    /// Ages a person is an adult from.
    static let adultAge = 18

    /// How many sentences from the top name what a document is about (title, subtitle, summary).
    static let headSentences = 5
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
        disability = codebook.cueLexicon("disability-named")
        nameSuffix = codebook.cueLexicon("name-suffix", wholeWords: true)
    }

    /// The lexicons a `LexiconScreen` should know.
    var lexicons: [Lexicon] { [strategy, standing, analysis, staff, planned, employment, intervention, citizen, minors, adults, goal, negation, disability, nameSuffix] }

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
        if let sentence = head.first(where: { sentence in analysis.hits(in: sentence).contains { !isInName($0, sentence) } }),
           facts.participants == nil || facts.participantsAreStaff {
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

    /// Whether a hit is part of a name ("Udarbejdet af Nordlys Analyse ApS"): capitalised, not the
    /// sentence's first word, and followed by a capitalised word or a company suffix.
    func isInName(_ hit: Lexicon.Hit, _ sentence: Sentence) -> Bool {
        let bytes = Array(sentence.text.utf8)
        guard hit.start > 0, hit.start < bytes.count, Self.isCapital(bytes, hit.start) else { return false }
        guard let next = Token.tokens(sentence.text).first(where: { $0.start > hit.end && ($0.kind != .other || $0.text == "&") }) else { return false }
        return next.text == "&" || Self.isCapital(bytes, next.start) || nameSuffix.first(in: String(decoding: bytes[next.start...], as: UTF8.self))?.start == 0
    }

    /// Whether the letter at `index` is a capital (ASCII or Latin-1: Æ Ø Å).
    static func isCapital(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= 0x41 && byte <= 0x5A { return true }
        return byte == 0xC3 && index + 1 < bytes.count && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x9E && bytes[index + 1] != 0x97
    }

    /// The lowest and highest age of a range that ends in "år" ("i alderen 15-17 år", "mellem 25
    /// og 60 år"), or nil.
    static func ageRange(_ text: String) -> (low: Int, high: Int)? {
        guard mayStateAge(text) else { return nil }
        let tokens = Token.tokens(text)
        for (index, token) in tokens.enumerated() where token.kind == .number && index + 3 < tokens.count {
            guard let low = token.integer, tokens[index + 1].kind == .dash || tokens[index + 1].text == "og" || tokens[index + 1].text == "til",
                  tokens[index + 2].kind == .number, let high = tokens[index + 2].integer, tokens[index + 3].text == "år",
                  low < high, high < 120 else { continue }
            return (low, high)
        }
        return nil
    }

    /// Whether the text holds a digit and the word "år" in any case, found without tokenising:
    /// most sentences hold neither, and an age range needs both. Digits are looked for eight
    /// bytes at a time and a C3 with `memchr`; only a sentence with both is read byte by byte.
    static func mayStateAge(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard bytes.count >= 4, let base = bytes.baseAddress, ByteSearch.containsDigit(bytes),
                  memchr(base, 0xC3, bytes.count) != nil else { return false }
            for index in 0..<(bytes.count - 2) where bytes[index] == 0xC3 {
                if bytes[index + 1] | 0x20 == 0xA5, bytes[index + 2] | 0x20 == 0x72 { return true }
            }
            return false
        }
    }

    /// Whether a sentence says its people are minors: a minors cue ("under 18 år", "børn") or an
    /// age range that ends under 18 ("i alderen 15-17 år").
    /// `age` is the sentence's `ageRange`, looked for once by the caller.
    func namesMinors(_ sentence: Sentence, age: (low: Int, high: Int)?) -> Bool {
        if let range = age, range.high < Self.adultAge { return true }
        return minors.contains(sentence)
    }

    /// Whether a sentence says its people are adults: an age range from 18 up, or else an adult
    /// cue that is not part of a minors cue ("18 år" in "under 18 år") in a sentence with no age
    /// range that ends under 18.
    func namesAdults(_ sentence: Sentence, age: (low: Int, high: Int)?) -> Bool {
        if let range = age {
            if range.low >= Self.adultAge { return true }
            if range.high < Self.adultAge { return false }
        }
        let minorHits = minors.hits(in: sentence)
        return adults.hits(in: sentence).contains { hit in !minorHits.contains { $0.start <= hit.start && hit.end <= $0.end } }
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
            let title = sentences.prefix(3).first { $0.line <= 12 && !$0.text.hasSuffix(".") && employment.contains($0.text) }
            // A project named for employment ("Referat … i projekt "Job trods sklerose"") has that
            // purpose; a purpose sentence without it is of a part (a conference, a report).
            if !facts.purpose.isEmpty {
                if let title { return met(true, [title], "coding-note-title-over-purpose") }
                return met(false, [facts.purpose[0]], "coding-note-purpose-not-employment")
            }
            if let sentence = sentences.first(where: { goal.contains($0) && employment.contains($0) && !planned.contains($0) }) {
                return met(true, [sentence], "coding-note-goal-employment")
            }
            if let title { return met(true, [title], "coding-note-title-employment") }
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
            let ages = pool.map { Self.ageRange($0.text) }
            let adult = pool.indices.first { namesAdults(pool[$0], age: ages[$0]) }.map { pool[$0] }
            if adult == nil, let minor = pool.indices.first(where: { namesMinors(pool[$0], age: ages[$0]) }).map({ pool[$0] }) {
                return met(false, [minor], "coding-note-minors")
            }
            if let adult { return met(true, [adult]) }
            if let target = facts.targetSentences.first { return met(true, [target], "coding-note-no-minors") }
            // With no target sentences the pool was every sentence, and none of them names minors.
            if let participants = facts.participants, !facts.participantsAreStaff {
                return DocumentCoding.Criterion(id: id, met: true, evidence: participants.evidence, reason: CodingNote("coding-note-no-minors-named"))
            }
            return met(nil, [], "coding-note-no-target-group")
        case "disability-target-group":
            if kind?.value == "staff" { return byKind("coding-note-kind-staff") }
            if let disability = facts.disabilityType { return DocumentCoding.Criterion(id: id, met: true, evidence: disability.evidence, reason: nil) }
            // A disability the types do not list ("et projekt for ordblinde ledige"): the target
            // group has one, of a type left open.
            let pool = facts.targetSentences + sentences.prefix(Self.headSentences)
            if let sentence = pool.first(where: { disability.contains($0) && !negation.contains($0) }) {
                return met(true, [sentence], "coding-note-disability-untyped")
            }
            return met(nil, [], "coding-note-no-disability")
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
