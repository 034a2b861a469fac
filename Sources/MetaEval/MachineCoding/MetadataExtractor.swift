/// Reads a document's descriptive facts (section 4.2, step 2): its title, the period the project
/// ran in the many ways Danish reports say it ("i perioden marts 2009 – december 2011",
/// "projektet løb fra 2007 til 2010", "afsluttet i foråret 2012", "fra 1. august 2010 og to år
/// frem", "2008-2010"), the number of participants (not in plans: "150 borgere vil blive visiteret") ("i alt 212 deltagere", "43 af de 97 borgere"
/// → 97), age group and disability type from the target-group sentences, and the purpose
/// sentences. Every value carries the sentence it was read from.
public struct MetadataExtractor: Sendable {
    let periodCues: Lexicon
    let startCues: Lexicon
    let endCues: Lexicon
    let forwardCues: Lexicon
    let participantNouns: Lexicon
    let totalCues: Lexicon
    let countCues: Lexicon
    let staffNouns: Lexicon
    let planned: Lexicon
    let negation: Lexicon
    let purposeCues: Lexicon
    /// Purpose phrases without the word purpose, for purpose sentences only (not statements).
    let implicitPurpose: Lexicon
    let targetCues: Lexicon
    /// Verbs after a count of people who took part, were only referred, or had an outcome.
    let tookPart: Set<String>, referred: Set<String>, outcome: Set<String>
    /// The took-part verbs as a lexicon, so sentences without a noun of participants but with a
    /// verb ("37 veteraner påbegyndt") are read too.
    let tookPartWords: Lexicon
    /// Phrases after a count of people who accepted an offer ("61 tog imod", "19 sagde ja"), each as its words.
    let accepted: [[String]]
    let acceptedWords: Lexicon
    let descriptors: DescriptorCoder
    /// The disability phrases of `descriptors`, for the screen only.
    let disabilityScreen: Lexicon
    /// The document path evidence names; set per document on a coder built once.
    public var source: String

    /// Danish number words for spans of years ("to år frem").
    static let numberWords: [String: Int] = ["et": 1, "én": 1, "en": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
                                             "syv": 7, "otte": 8, "ni": 9, "ti": 10, "halvandet": 2, "halvtredje": 3]
    /// Words that measure something other than people ("12 ugers forløb", "30 timer").
    static let units: Set<String> = ["uger", "ugers", "uge", "måneder", "måneders", "år", "års", "timer", "timers", "dage", "dages",
                                     "kr", "kroner", "pct", "procent", "mio", "gange", "sider", "minutter", "hold"]
    /// Verbs that may stand between a count and a participle ("4 var startet på en uddannelse"
    /// tells an outcome, not who took part).
    static let auxiliaries: Set<String> = ["var", "er", "har", "havde", "blev", "bliver", "ville", "vil", "kunne", "kan", "skulle", "skal"]
    /// Month names and the words around them in a date ("i foråret 2009", "ultimo 2011").
    static let months: Set<String> = calendarMonths.union(["foråret", "efteråret", "sommeren", "vinteren", "starten", "slutningen",
                                      "begyndelsen", "udgangen", "primo", "ultimo", "medio", "af", "i", "år", "året", "med", "ved"])

    public init(codebook: Codebook, source: String) {
        periodCues = codebook.cueLexicon("period", wholeWords: true)
        startCues = codebook.cueLexicon("period-start", wholeWords: true)
        endCues = codebook.cueLexicon("period-end", wholeWords: true)
        forwardCues = codebook.cueLexicon("years-forward")
        participantNouns = codebook.cueLexicon("participants", wholeWords: true)
        totalCues = codebook.cueLexicon("participants-total")
        countCues = codebook.cueLexicon("participant-count")
        staffNouns = codebook.cueLexicon("staff", wholeWords: true)
        planned = codebook.cueLexicon("planned")
        negation = codebook.cueLexicon("negation", wholeWords: true)
        purposeCues = codebook.cueLexicon("purpose")
        implicitPurpose = codebook.cueLexicon("purpose-implicit")
        targetCues = codebook.cueLexicon("target-group")
        tookPart = Set(codebook.cues["participants-took-part"]?.synonyms ?? [])
        tookPartWords = codebook.cueLexicon("participants-took-part", wholeWords: true)
        referred = Set(codebook.cues["participants-referred"]?.synonyms ?? [])
        outcome = Set(codebook.cues["participants-outcome"]?.synonyms ?? [])
        accepted = (codebook.cues["participants-accepted"]?.synonyms ?? []).map { $0.lowercased().split(separator: " ").map(String.init) }
        acceptedWords = codebook.cueLexicon("participants-accepted", wholeWords: true)
        descriptors = DescriptorCoder(codebook: codebook)
        disabilityScreen = Lexicon(descriptors.disabilityTypes)
        self.source = source
    }

    /// The lexicons a `LexiconScreen` should know.
    var lexicons: [Lexicon] {
        [periodCues, startCues, endCues, forwardCues, participantNouns, totalCues, countCues, staffNouns, planned, negation, purposeCues, implicitPurpose, targetCues,
         disabilityScreen, tookPartWords, acceptedWords]
    }

    func evidence(_ sentence: Sentence) -> Evidence { Evidence(text: sentence.text, source: source, line: sentence.line) }

    func code<V>(_ value: V, _ sentences: [Sentence], note: String? = nil) -> Code<V> {
        Code(value: value, coder: Code<V>.machineCoder, note: note, evidence: sentences.map(evidence))
    }

    // MARK: Title

    /// The first paragraph when it reads as a heading: short and without a final full stop.
    public func title(_ sentences: [Sentence]) -> Code<String>? {
        guard let first = sentences.first, first.line <= 10 else { return nil }
        let text = first.text.trimmingSpaces
        guard text.utf8.count <= 160, !text.hasSuffix("."), text.split(separator: " ").count <= 20 else { return nil }
        return code(text, [first])
    }

    // MARK: Period

    /// The note on a period read from its end year alone; `DocumentCoder` words it from the codebook.
    static let onlyEndYear = "coding-note-only-end-year"

    public func period(_ sentences: [Sentence]) -> Code<Period>? {
        let dated = documentYear(sentences)
        var ranges: [(score: Int, period: Period, sentence: Sentence)] = []
        var start: (Int, Sentence)?
        var end: (Int, Sentence)?
        for sentence in sentences where Token.mayHoldYear(sentence.text) {
            let tokens = Token.tokens(sentence.text)
            let years = tokens.indices.filter { tokens[$0].year != nil }
            guard !years.isEmpty else { continue }
            let cued = periodCues.contains(sentence) || startCues.contains(sentence) || endCues.contains(sentence)
            var ranged = false
            for (a, b) in zip(years, years.dropFirst()) {
                let first = tokens[a].year!, second = Self.splitYearEnd(tokens, at: b) ?? tokens[b].year!
                guard second >= first, second - first <= 15, b - a <= 9 else { continue }
                let between = tokens[(a + 1)..<b]
                let linked = between.contains { $0.kind == .dash || $0.text == "til" || $0.text == "og" || $0.text == "/" }
                guard linked, between.allSatisfy({ token in
                    token.kind == .dash || token.kind == .number || ["til", "og", "/", "med", ".", ",", ")", "("].contains(token.text) || Self.months.contains(token.text)
                }) else { continue }
                ranges.append((cued ? 2 : 1, Period(start: first, end: second), sentence))
                ranged = true
                break
            }
            if ranged { continue }
            if start == nil, let hit = startCues.first(in: sentence), let index = years.first(where: { tokens[$0].start > hit.start }) {
                start = (tokens[index].year!, sentence)
                if let forward = forwardCues.first(in: sentence),
                   let count = tokens.last(where: { $0.end <= forward.start && ($0.kind == .number || Self.numberWords[$0.text] != nil) }),
                   let span = count.integer ?? Self.numberWords[count.text], span <= 15 {
                    end = (tokens[index].year! + span, sentence)
                }
            }
            if end == nil, let hit = endCues.first(in: sentence.text) {
                if let dated, Self.saysThisYear(String(decoding: sentence.text.utf8.dropFirst(hit.start), as: UTF8.self)) {
                    end = (dated, sentence)
                } else if let index = Self.nearest(years, in: tokens, to: hit) {
                    end = (tokens[index].year!, sentence)
                }
            }
        }
        // "… slutter ved udgangen af december i år": this year is the year the document is dated.
        if end == nil, let dated,
           let sentence = sentences.first(where: { endCues.mayMatch($0) && !Token.mayHoldYear($0.text) && Self.saysThisYear($0.text) && endCues.contains($0.text) }) {
            end = (dated, sentence)
        }
        let best = ranges.max(by: { ($0.score, -$0.sentence.index) < ($1.score, -$1.sentence.index) })
        if let best, best.score == 2 || (start == nil && end == nil) {
            return code(best.period, [best.sentence])
        }
        switch (start, end) {
        case let ((first, from)?, (last, to)?) where last >= first:
            return code(Period(start: first, end: last), from == to ? [from] : [from, to])
        case let (_, (last, to)?):
            return code(Period(start: last, end: last), [to], note: Self.onlyEndYear)
        default:
            // A start cue alone ("forankring fra august 2013") gives no period; a bare range
            // ("Marts 2011 – juni 2013" on a slide) does.
            return best.map { code($0.period, [$0.sentence]) }
        }
    }

    /// The end of a split year ("2009/10", "2010/11": a school or financial year) at `index`:
    /// the year after, when the year is followed by a slash and the next year's last two digits.
    static func splitYearEnd(_ tokens: [Token], at index: Int) -> Int? {
        guard let year = tokens[index].year, index + 2 < tokens.count, tokens[index + 1].text == "/",
              tokens[index + 2].kind == .number, tokens[index + 2].text.count == 2,
              let next = Int(tokens[index + 2].text), next == (year + 1) % 100 else { return nil }
        return year + 1
    }

    /// The year a document is dated, from a dateline near its top ("Nr. 4 · Oktober 2011",
    /// "Dato: 9. september 2013"): a month name followed by a year.
    func documentYear(_ sentences: [Sentence]) -> Int? {
        for sentence in sentences.prefix(while: { $0.line <= Self.datelineLines }) where Token.mayHoldYear(sentence.text) {
            let tokens = Token.tokens(sentence.text)
            for (month, year) in zip(tokens, tokens.dropFirst()) where Self.calendarMonths.contains(month.text.lowercased()) {
                if let value = year.year { return value }
            }
        }
        return nil
    }

    /// How far down a dateline is looked for.
    static let datelineLines = 12
    static let calendarMonths: Set<String> = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                                              "oktober", "november", "december"]

    /// Whether the text says "i år" (this year) as words of their own.
    static func saysThisYear(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return zip(words, words.dropFirst()).contains { $0 == "i" && $1 == "år" }
    }

    /// The year an end cue names: the first within a few words after it ("sluttede i 2011",
    /// "afsluttes 31. december 2013"), else the nearest before it ("Ved udgangen af 2011
    /// sluttede …"), else the first after it.
    static func nearest(_ years: [Int], in tokens: [Token], to hit: Lexicon.Hit) -> Int? {
        let cue = tokens.firstIndex { $0.start >= hit.start } ?? tokens.count
        if let after = years.first(where: { $0 >= cue }), after - cue <= 6 { return after }
        return years.last(where: { $0 < cue }) ?? years.first
    }

    // MARK: Participants

    /// The number of participants, and whether the counted people are staff or employers.
    /// A count's score: 3 for a labelled count ("Antal deltagere: 41") or one of people who took
    /// part ("126 borgere har deltaget", "67 påbegyndte"), 2 for a count in a sentence with a
    /// total cue, 1 otherwise; one less for people referred rather than taking part ("140 borgere
    /// blev visiteret") and for an outcome ("14 deltagere fik job"). The highest wins, the first of equals.
    public func participants(_ sentences: [Sentence]) -> (code: Code<Int>, staff: Bool)? {
        var best: (score: Int, value: Int, staff: Bool, sentence: Sentence)?
        func consider(_ score: Int, _ value: Int, _ staff: Bool, _ sentence: Sentence) {
            if best == nil || score > best!.score { best = (score, value, staff, sentence) }
        }
        // A count after a count cue ("Antal deltagere: 41"); one with up to two words between is
        // taken only when nothing else is found.
        var uncued: (value: Int, sentence: Sentence)?
        for sentence in sentences where countCues.contains(sentence) && !planned.contains(sentence) {
            let tokens = Token.tokens(sentence.text)
            guard let hit = countCues.first(in: sentence),
                  let number = tokens.first(where: { $0.start >= hit.end && $0.kind == .number }),
                  let value = number.integer, value > 0, value < 1_000_000, number.year == nil else { continue }
            let words = tokens.filter { $0.start >= hit.end && $0.end <= number.start && $0.kind == .word }.count
            let labelled = Array(sentence.text.utf8)[hit.end..<number.start].contains(UInt8(ascii: ":"))
            if words == 0 { consider(labelled ? 3 : 2, value, false, sentence) }
            if words <= 2, uncued == nil { uncued = (value, sentence) }
        }
        for sentence in sentences {
            let hits = participantNouns.hits(in: sentence)
            guard !hits.isEmpty || tookPartWords.contains(sentence) || acceptedWords.contains(sentence), !planned.contains(sentence) else { continue }
            let tokens = Token.tokens(sentence.text)
            for hit in hits {
                guard let nounIndex = tokens.firstIndex(where: { $0.start == hit.start }) else { continue }
                var index = nounIndex - 1
                var value: Int?
                while index >= 0 && nounIndex - index <= 3 {
                    let token = tokens[index]
                    if token.kind == .number { value = token.integer; break }
                    if token.kind != .word || Self.units.contains(token.text) { break }
                    index -= 1
                }
                guard let value, value > 0, value < 1_000_000, tokens[index].year == nil || value < 1980 else { continue }
                // The words after the noun up to the next count ("75 borgere, og 61 tog imod":
                // "tog imod" is the 61's).
                let after = tokens[(nounIndex + 1)..<min(tokens.count, nounIndex + 5)].prefix { $0.kind != .number }.map(\.text)
                // "171 henviste borgere": the words between the count and the noun say who they are,
                // and so does a verb right before the count ("henviste 75 borgere", "visiteret 88 personer").
                let between = tokens[(index + 1)..<nounIndex].map(\.text)
                let before = tokens[max(0, index - 2)..<index].map(\.text)
                var score = totalCues.contains(sentence.text) ? 2 : 1
                if after.contains(where: { tookPart.contains($0) }) || acceptedAt(tokens, nounIndex + 1) { score = 3 }
                if (after + between).contains(where: { referred.contains($0) || outcome.contains($0) }) { score -= 1 }
                else if score < 3, before.contains(where: { referred.contains($0) }) { score -= 1 }
                consider(score, value, staffNouns.contains(hit.phrase), sentence)
            }
            for (index, token) in tokens.enumerated() where token.kind == .number {
                guard let value = token.integer, value > 0, value < 1_000_000, token.year == nil,
                      tookPartAt(tokens, count: index) else { continue }
                consider(3, value, false, sentence)
            }
        }
        if best == nil, let (value, sentence) = uncued { best = (1, value, false, sentence) }
        guard let best else { return nil }
        return (code(best.value, [best.sentence]), best.staff)
    }

    /// Whether the count at `index` is of people who took part: "43 påbegyndte", "52 af dem
    /// startede", "37 veteraner påbegyndt" (a word that is no unit, staff or other counted noun
    /// before the verb), or the verb before it, "påbegyndte 143" or "påbegyndt af 61", when no
    /// unit follows the count.
    func tookPartAt(_ tokens: [Token], count index: Int) -> Bool {
        func text(_ offset: Int) -> String? { tokens.indices.contains(index + offset) ? tokens[index + offset].text.lowercased() : nil }
        func word(_ offset: Int) -> Bool { tokens.indices.contains(index + offset) && tokens[index + offset].kind == .word }
        if let next = text(1), tookPart.contains(next) { return true }
        // "61 tog imod tilbuddet", "19 sagde ja", "19 beboere sagde ja".
        if acceptedAt(tokens, index + 1) { return true }
        if word(1), let noun = text(1), !Self.units.contains(noun), !staffNouns.contains(noun), acceptedAt(tokens, index + 2) { return true }
        if text(1) == "af", let pronoun = text(2), ["dem", "disse"].contains(pronoun), let verb = text(3), tookPart.contains(verb) { return true }
        if word(1), let noun = text(1), let verb = text(2), tookPart.contains(verb), !Self.units.contains(noun), !Self.auxiliaries.contains(noun),
           !participantNouns.contains(noun), !staffNouns.contains(noun), !referred.contains(noun), !outcome.contains(noun) { return true }
        // The verb before the count, or a passive: "påbegyndt af 61".
        let verbBefore = text(-1) == "af" ? -2 : -1
        if let verb = text(verbBefore), tookPart.contains(verb), word(verbBefore) {
            return !Self.units.contains(text(1) ?? "")
        }
        return false
    }

    /// Whether an acceptance phrase ("tog imod", "sagde ja") starts at token `index`.
    func acceptedAt(_ tokens: [Token], _ index: Int) -> Bool {
        accepted.contains { words in
            !words.isEmpty && index + words.count <= tokens.count
                && words.indices.allSatisfy { tokens[index + $0].kind == .word && tokens[index + $0].text.lowercased() == words[$0] }
        }
    }

    // MARK: Target group, purpose

    /// Fewest words of a sentence that can describe something; shorter ones are headings.
    static let clauseWords = 4

    static func isClause(_ sentence: Sentence) -> Bool {
        var spaces = 0
        for byte in sentence.text.utf8 where byte == 0x20 {
            spaces += 1
            if spaces + 1 >= clauseWords { return true }
        }
        return false
    }

    /// The sentences that describe the target group: those with a target-group cue.
    public func targetSentences(_ sentences: [Sentence]) -> [Sentence] {
        Array(sentences.filter { targetCues.mayMatch($0) && Self.isClause($0) && targetCues.contains($0) }.prefix(3))
    }

    public func ageGroup(_ sentences: [Sentence], targets known: [Sentence]? = nil) -> Code<String>? {
        let targets = known ?? targetSentences(sentences)
        guard !targets.isEmpty, let coded = descriptors.ageGroup(targets.map(\.text).joined(separator: " ")) else { return nil }
        let matching = targets.filter { !descriptors.found($0.text, descriptors.ageMatcher, descriptors.ageOwners).isEmpty }
        return code(coded.value, matching.isEmpty ? targets : matching, note: coded.note)
    }

    public func disabilityType(_ sentences: [Sentence], targets known: [Sentence]? = nil) -> Code<String>? {
        var targets = known ?? targetSentences(sentences)
        if descriptors.disabilityType(targets.map(\.text).joined(separator: " ")) == nil,
           let first = sentences.first(where: { disabilityScreen.mayMatch($0) && descriptors.disabilityType($0.text) != nil }) {
            targets = [first]
        }
        guard let coded = descriptors.disabilityType(targets.map(\.text).joined(separator: " ")) else { return nil }
        let matching = targets.filter { descriptors.disabilityType($0.text) != nil }
        return code(coded.value, matching)
    }

    /// Sentences stating the purpose, with the word ("Formålet var at …") or without it ("et
    /// forløb … som vej til beskæftigelse", "Mål: 50 % i job"); "… har ikke haft beskæftigelse
    /// som formål" states none, and a heading that ends in the word ("Projektets baggrund og
    /// formål") only names the section.
    public func purpose(_ sentences: [Sentence]) -> [Sentence] {
        Array(sentences.filter { sentence in
            guard purposeCues.mayMatch(sentence) || implicitPurpose.mayMatch(sentence), Self.isClause(sentence), !negation.contains(sentence) else { return false }
            let hits = purposeCues.hits(in: sentence) + implicitPurpose.hits(in: sentence)
            guard let last = hits.map(\.end).max() else { return false }
            return sentence.isProse || Token.tokens(sentence.text).contains { $0.start >= last && $0.kind != .other }
        }.prefix(3))
    }
}
