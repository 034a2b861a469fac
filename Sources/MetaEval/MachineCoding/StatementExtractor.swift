import Foundation

/// Steps 5–6 (section 4.4): finds experience statements — sentences claiming that an activity
/// leads to a result or an effect ("fører til", "bidrager til", "styrker", "har vist sig" …,
/// the cue phrases of codebook/cues.json) — and splits each into atomic links, one per
/// activity–target pair, recognising activities, result categories and effects through the
/// codebook's Danish lexicon. A compound sentence is judged clause by clause ("…, men …").
/// Left out: negated links ("førte ikke til"; a negation after the last activity, result or
/// effect of the clause, as in "…, når de ikke kom", does not count), goals, purposes,
/// intentions ("skal", "skulle") and expectations not yet tested, questions, research cited from
/// elsewhere ("forskning viser", "(Holm 2011)"), and statements about running the project
/// itself. Where no activity is named, a result category named before the cue links to the
/// categories and effects after it (derived results). A clause with a second cue after a comma
/// and its own subject ("X gav Y, og Y banede vejen for Z") is cut at that comma, so each cue
/// keeps its own links.
/// Phrases match across the small words writers put inside them (`PhraseGaps`).
public struct StatementExtractor: Sendable {
    /// The extractor's lexicons and tables, built once and shared by every copy of it: copying
    /// the extractor (into a closure, or to give it a document's aliases) is then one reference
    /// count, not one per lexicon.
    final class Tables: Sendable {
        let codebook: Codebook
        let causal: Lexicon, reversed: Lexicon, either: Lexicon, breaks: Lexicon
        let negation: Lexicon, planned: Lexicon, implementation: Lexicon, purpose: Lexicon, intention: Lexicon
        let research: Lexicon
        let nodes: Lexicon
        /// The result stems of categories and effects (`CodebookEntry.stems`): targets only.
        let stems: Lexicon
        /// The result stems written with a gap ("hvilke opgaver … kunne|magtede"), `GappedPhrases`.
        let gappedStems: GappedPhrases
        /// Prepositions that open a sentence with what brought its result about ("*Med* teleslynge …
        /// kunne flere vende tilbage", "*Efter* kurset har to jobcentre indført …"), cue
        /// `causal-opening`: read as reversed cues only as the clause's first word.
        let opening: Lexicon
        /// The bytes of the longest opening cue: how far into a clause an opening cue can reach.
        let openingReach: Int
        /// Activity nouns that name their activity as the head of a compound too
        /// ("certificerings*kurset*", "sommer*praktikken*"), cue `compound-head`, with the activity
        /// each names.
        let compoundHeads: [(head: [UInt8], id: String)]
        /// The disability words of codebook/descriptives.json (`disability-type`): a compound whose
        /// first part names a disability ("autisme*kurset*" for leaders and colleagues) is about the
        /// disability, and its head does not tell which activity it is.
        let disabilityWords: [[UInt8]]
        /// Words that begin like an activity but name something else ("praktikstedet", the host of
        /// an internship), cue `not-a-node`: a hit of theirs hides the shorter activity hit.
        let nonNodes: Lexicon
        let gaps: PhraseGaps
        /// Intensifiers writers put inside cue phrases ("gjort det *langt* lettere"), cue `cue-filler`.
        let cueGaps: PhraseGaps?
        /// The cue fillers as a lexicon, so the screen tells which sentences may hold one.
        let cueFillers: Lexicon
        /// The cue lexicons with the way their cues point (kept, not rebuilt per sentence: a
        /// lexicon is a struct of arrays, and copying three of them per call was measurable).
        let cueLexicons: [(lexicon: Lexicon, direction: Direction)]
        /// Phrases that begin like a cue but describe what was done ("hjalp med"), cue `not-a-cue`:
        /// a cue inside one of them is no cue.
        let nonCues: Lexicon
        /// Phrases with a negation or a modal that say a change for the better ("borgerne skal *ikke
        /// længere* forklare deres situation forfra"), cue `not-a-negation`: a negation or modal
        /// inside one of them does not deny the result.
        let nonNegations: Lexicon

        init(codebook: Codebook) {
            self.codebook = codebook
            causal = codebook.cueLexicon("causal", wholeWords: true)
            reversed = codebook.cueLexicon("causal-reversed", wholeWords: true)
            either = codebook.cueLexicon("causal-either", wholeWords: true)
            breaks = codebook.cueLexicon("clause-break", wholeWords: true)
            negation = codebook.cueLexicon("negation", wholeWords: true)
            planned = codebook.cueLexicon("planned")
            purpose = codebook.cueLexicon("purpose")
            intention = codebook.cueLexicon("intention", wholeWords: true)
            implementation = codebook.cueLexicon("implementation")
            research = codebook.cueLexicon("research-citation")
            nodes = Lexicon(codebook.activityTypes + codebook.categories + codebook.effects.entries, inflect: true)
            stems = Lexicon((codebook.categories + codebook.effects.entries).map { entry in
                var stemmed = entry
                stemmed.synonyms = entry.stems.filter { !GappedPhrases.isGapped($0) }
                return stemmed
            }, inflect: true)
            gappedStems = GappedPhrases(codebook.categories + codebook.effects.entries)
            opening = codebook.cueLexicon("causal-opening", wholeWords: true)
            openingReach = opening.phrases.map(\.utf8.count).max() ?? 0
            let nodes = nodes
            compoundHeads = (codebook.cues["compound-head"]?.synonyms ?? []).compactMap { head in
                guard let hit = nodes.hits(in: head).first, hit.start == 0,
                      codebook.kind(of: hit.id) == .activity else { return nil }
                return (Array(head.lowercased().utf8), hit.id)
            }
            disabilityWords = (codebook.descriptiveGroup("disability-type")?.children ?? []).flatMap(\.synonyms)
                .filter { !$0.contains(" ") }.map { Array($0.lowercased().utf8) }
            nonNodes = codebook.cueLexicon("not-a-node")
            gaps = PhraseGaps(fillers: codebook.cues["phrase-filler"]?.synonyms ?? [])
            cueGaps = codebook.cues["cue-filler"].map { PhraseGaps(fillers: $0.synonyms, genitives: false) }
            cueFillers = codebook.cueLexicon("cue-filler", wholeWords: true)
            cueLexicons = [(causal, .forward), (reversed, .reversed), (either, .either)]
            nonCues = codebook.cueLexicon("not-a-cue", wholeWords: true)
            nonNegations = codebook.cueLexicon("not-a-negation", wholeWords: true)
        }
    }

    let tables: Tables

    var codebook: Codebook { tables.codebook }
    var causal: Lexicon { tables.causal }
    var reversed: Lexicon { tables.reversed }
    var either: Lexicon { tables.either }
    var breaks: Lexicon { tables.breaks }
    var negation: Lexicon { tables.negation }
    var planned: Lexicon { tables.planned }
    var implementation: Lexicon { tables.implementation }
    var purpose: Lexicon { tables.purpose }
    var intention: Lexicon { tables.intention }
    var research: Lexicon { tables.research }
    var nodes: Lexicon { tables.nodes }
    var stems: Lexicon { tables.stems }
    var gappedStems: GappedPhrases { tables.gappedStems }
    var opening: Lexicon { tables.opening }
    var openingReach: Int { tables.openingReach }
    var compoundHeads: [(head: [UInt8], id: String)] { tables.compoundHeads }
    var disabilityWords: [[UInt8]] { tables.disabilityWords }
    var nonNodes: Lexicon { tables.nonNodes }
    var gaps: PhraseGaps { tables.gaps }
    var cueGaps: PhraseGaps? { tables.cueGaps }
    var cueFillers: Lexicon { tables.cueFillers }
    var cueLexicons: [(lexicon: Lexicon, direction: Direction)] { tables.cueLexicons }
    var nonCues: Lexicon { tables.nonCues }
    var nonNegations: Lexicon { tables.nonNegations }

    /// Names a document defines by listing what they are ("IT-rygsæk: oplæsning, ordforslag,
    /// scanner-pen"), each with the one activity its list names: `definedActivities`.
    var aliases: [(name: [UInt8], id: String)] = []

    public init(codebook: Codebook) {
        tables = Tables(codebook: codebook)
    }

    /// The lexicons a `LexiconScreen` should know.
    var lexicons: [Lexicon] { [causal, reversed, either, breaks, negation, planned, implementation, purpose, intention, research, nodes, stems, nonNodes, cueFillers, nonCues, opening, nonNegations] }

    public func statements(_ sentences: [Sentence]) -> [DocumentCoding.Statement] {
        let defined = definedActivities(sentences)
        guard defined.isEmpty else {
            var extractor = self
            extractor.aliases = defined
            return extractor.statementsWithAliases(sentences)
        }
        return statementsWithAliases(sentences)
    }

    /// The names a document defines by a list after a colon, where the list names one activity
    /// at least twice and no other ("IT-rygsæk: oplæsning, ordforslag, scanner-pen"): the name
    /// stands for that activity in the document ("IT-rygsækken har givet mod til …").
    func definedActivities(_ sentences: [Sentence]) -> [(name: [UInt8], id: String)] {
        var found: [(name: [UInt8], id: String)] = []
        for sentence in sentences where sentence.text.utf8.count <= 160 && Self.colonOpens(sentence.text) {
            let bytes = Array(sentence.text.utf8)
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon <= 40 else { continue }
            let name = String(decoding: bytes[..<colon], as: UTF8.self)
            let words = name.split(separator: " ")
            guard (1...3).contains(words.count), nodeHits(name).isEmpty else { continue }
            let list = String(decoding: bytes[(colon + 1)...], as: UTF8.self)
            let items = list.split(separator: ",").flatMap { $0.components(separatedBy: " og ") }
            guard items.count >= 2 else { continue }
            let ids = items.compactMap { item in nodeHits(String(item)).first { codebook.kind(of: $0.id) == .activity }?.id }
            guard ids.count >= 2, Set(ids).count == 1, let id = ids.first else { continue }
            found.append((Array(name.lowercased().utf8), id))
        }
        return found
    }

    func statementsWithAliases(_ sentences: [Sentence]) -> [DocumentCoding.Statement] {
        var result: [DocumentCoding.Statement] = []
        var previous: Sentence?
        var previousLinked = false
        for sentence in sentences {
            let count = result.count
            defer { previous = sentence; previousLinked = result.count > count }
            guard mayHaveCue(sentence) else { continue }
            guard !sentence.text.hasSuffix("?"), !purpose.contains(sentence), !citesResearch(sentence.text) else { continue }
            // A sentence that names a result but no activity refers back to the activity named
            // last in the sentence just before it, when that one only described it, without a cue
            // ("Mette fortæller om kurset i høretaktik…. Ifølge hende har det givet hende mod til…"),
            // or when it is a participant's quote after a sentence that claimed no result.
            // Looked up only when a clause needs it, and at most once per sentence.
            // A local function, not a closure value: it borrows `self` instead of copying the
            // extractor (a dozen lexicons) for every sentence with a cue.
            var cached: [String]?
            func before() -> [String] {
                if let cached { return cached }
                var found: [String] = []
                let pointsBack = Self.opensWithDemonstrative(sentence.text)
                if let previous, previous.index + 1 == sentence.index, sentence.line - previous.line <= 2, !previousLinked || pointsBack,
                   pointsBack || Self.opensWithQuote(sentence.text) || !mayHaveCue(previous) || cues(previous.text, in: previous).isEmpty,
                   let last = nodeHits(previous.text).last(where: { codebook.kind(of: $0.id) == .activity }) {
                    found = [last.id]
                }
                cached = found
                return found
            }
            var links: [StatementLink] = []
            for clause in clauses(sentence.text, breaks: breaks.hits(in: sentence)) {
                for link in self.links(clause, in: sentence, before: before) where !links.contains(link) { links.append(link) }
            }
            if !links.isEmpty { result.append(DocumentCoding.Statement(text: sentence.text, line: sentence.line, links: links)) }
        }
        return result
    }

    /// The activities that cannot lead to a category or effect (`CodebookEntry.notFrom`).
    func notFrom(_ id: String) -> [String] {
        codebook.category(id)?.notFrom ?? codebook.effects[id]?.notFrom ?? []
    }

    /// Demonstratives that open a sentence about what the sentence before named ("*Denne*
    /// tilgang er grunden til, at …", "*Disse* møder har betydet, at …").
    static let demonstratives: Set<String> = ["denne", "dette", "disse"]

    /// Whether the text's first word is a demonstrative.
    static func opensWithDemonstrative(_ text: String) -> Bool { demonstratives.contains(firstWord(text.utf8)) }

    /// Whether the text begins with a quotation mark (" „ “ « or a dash of dialogue).
    static func opensWithQuote(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(3))
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "\"") { return true }
        if first == 0xC2, bytes.count > 1 { return bytes[1] == 0xAB || bytes[1] == 0xBB }
        if first == 0xE2, bytes.count > 2, bytes[1] == 0x80 { return [0x9C, 0x9D, 0x9E, 0x94].contains(bytes[2]) }
        return false
    }

    /// Whether the screen leaves a cue possible in the sentence, or a cue filler is in it.
    func mayHaveCue(_ sentence: Sentence) -> Bool {
        if cueLexicons.contains(where: { $0.lexicon.mayMatch(sentence) }) { return true }
        if opening.mayMatch(sentence), openingCue(sentence.text) != nil { return true }
        guard cueFillers.mayMatch(sentence), let cueGaps, let (reduced, _) = cueGaps.reduce(sentence.text) else { return false }
        return cueLexicons.contains { $0.lexicon.contains(reduced) }
    }

    /// True for a sentence reporting research from elsewhere: a cue of `research-citation`, or an
    /// author and year in brackets ("(2011)", "(Holm 2011)").
    func citesResearch(_ text: String) -> Bool {
        if research.contains(text) { return true }
        let bytes = Array(text.utf8)
        guard bytes.count >= 6 else { return false }
        for index in 0..<(bytes.count - 5) where bytes[index + 5] == UInt8(ascii: ")") {
            let year = bytes[(index + 1)...(index + 4)]
            guard year.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), year.first == UInt8(ascii: "1") || year.first == UInt8(ascii: "2") else { continue }
            if bytes[index] == UInt8(ascii: "(") { return true }
            if bytes[index] == 0x20, let open = bytes[..<index].lastIndex(of: UInt8(ascii: "(")), index - open <= 40,
               open + 1 < bytes.count, bytes[open + 1] >= 0x41, bytes[open + 1] <= 0x5A, !bytes[open..<index].contains(UInt8(ascii: ")")) {
                return true
            }
        }
        return false
    }

    /// Words that open a clause about the clause before it ("…, hvilket gav …"): no cut there.
    static let backReferences: Set<String> = ["hvilket", "hvad", "som", "der", "hvorved", "hvormed", "hvorfor"]

    /// The sentence cut at clause breaks, semicolons, and at a comma before a second cue that has
    /// its own activity or result before it.
    func clauses(_ text: String) -> [String] { clauses(text, breaks: breaks.hits(in: text)) }

    func clauses(_ text: String, breaks: [Lexicon.Hit]) -> [String] {
        let bytes = Array(text.utf8)
        var cuts = breaks.map(\.start)
        let cues = (causal.hits(in: text) + reversed.hits(in: text) + either.hits(in: text)).sorted { $0.start < $1.start }
        // A semicolon ends a claim only when a cue follows before the next one: the part after
        // it without a cue goes on with the claim before it ("Holdforløbet betød, at …; flere
        // har fået nye venskaber").
        let semicolons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ";") }
        for (index, semicolon) in semicolons.enumerated() {
            let next = index + 1 < semicolons.count ? semicolons[index + 1] : bytes.count
            if cues.contains(where: { $0.start > semicolon && $0.start < next }) { cuts.append(semicolon) }
        }
        for (previous, cue) in zip(cues, cues.dropFirst()) where cue.start > previous.end {
            guard let comma = bytes[previous.end..<cue.start].lastIndex(of: UInt8(ascii: ",")) else { continue }
            let between = String(decoding: bytes[(comma + 1)..<cue.start], as: UTF8.self)
            let first = between.split(separator: " ").first.map { $0.lowercased() } ?? ""
            if !Self.backReferences.contains(first), !nodeHits(between).isEmpty { cuts.append(comma) }
        }
        var pieces: [String] = []
        var start = 0
        for cut in cuts.sorted() where cut > start {
            pieces.append(String(decoding: bytes[start..<cut], as: UTF8.self))
            start = cut
        }
        pieces.append(String(decoding: bytes[start...], as: UTF8.self))
        return pieces
    }

    /// The atomic links one clause claims.
    public func links(_ clause: String) -> [StatementLink] { links(clause, in: Sentence(text: clause, line: 0, index: 0), before: { [] }) }

    /// Which way a cue points: forward ("X førte til Y"), reversed ("Y takket være X"), or
    /// either way ("årsagen til, at Y, var X"; "X var årsag til, at Y"; "Y skyldes X").
    enum Direction { case forward, reversed, either }


    /// The cues of a clause, by start, found as written and with intensifiers left out.
    func cues(_ clause: String, in sentence: Sentence) -> [(hit: Lexicon.Hit, direction: Direction)] {
        var found = cueLexicons.flatMap { lexicon, direction in
            lexicon.mayMatch(sentence) ? lexicon.hits(in: clause).map { (hit: $0, direction: direction) } : []
        }
        if cueFillers.mayMatch(sentence), let cueGaps, let (reduced, offsets) = cueGaps.reduce(clause) {
            found += cueLexicons.flatMap { lexicon, direction in
                lexicon.hits(in: reduced).map { (hit: $0.mapped(through: offsets), direction: direction) }
            }
        }
        if opening.mayMatch(sentence), let cue = openingCue(clause) { found.append((hit: cue, direction: .reversed)) }
        let kept = Lexicon.Hit.nonOverlapping(found) { $0.hit }
        guard nonCues.mayMatch(sentence) else { return kept }
        let lookalikes = nonCues.hits(in: clause)
        return kept.filter { cue in !lookalikes.contains { $0.start <= cue.hit.start && cue.hit.end <= $0.end } }
    }

    /// A cue of `causal-opening` that is the first word of the clause ("Med teleslynge …").
    func openingCue(_ clause: String) -> Lexicon.Hit? {
        // Only the clause's first words are searched: up to the first space past the longest cue
        // counted from the first letter, so a cue there is found whole and nothing after it is read.
        let bytes = clause.utf8
        guard let first = bytes.firstIndex(where: { GappedPhrases.isWordByte($0) && $0 != UInt8(ascii: "-") }) else { return nil }
        let reach = bytes.index(first, offsetBy: openingReach, limitedBy: bytes.endIndex) ?? bytes.endIndex
        let end = bytes[reach...].firstIndex { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 } ?? bytes.endIndex
        guard opening.contains(clause, prefix: bytes.distance(from: bytes.startIndex, to: end)),
              let hit = opening.first(in: String(clause[..<end])) else { return nil }
        // Only a dash of dialogue or a bullet may come first ("- Efter at konsulenten …").
        let before = clause.utf8.prefix(hit.start)
        return before.contains(where: { GappedPhrases.isWordByte($0) && $0 != UInt8(ascii: "-") }) ? nil : hit
    }

    /// The atomic links one clause of a screened sentence claims: a lexicon the screen ruled
    /// out for the sentence has no hit in any clause of it. The first cue that yields links
    /// wins. `before` are the activities of the sentence before, for a clause that names none.
    func links(_ clause: String, in sentence: Sentence, before: () -> [String]) -> [StatementLink] {
        func contains(_ lexicon: Lexicon) -> Bool { lexicon.mayMatch(sentence) && lexicon.contains(clause) }
        let cues = cues(clause, in: sentence)
        guard !cues.isEmpty else { return [] }
        if contains(implementation) { return [] }
        // A stem gives way to an activity or a synonym it overlaps, but hides a synonym it holds
        // ("afklaringen af arbejdsmarkedsparathed" over "arbejdsmarkedsparathed").
        var named = nodeHits(clause)
        var stemmed = stemHits(clause).filter { stem in
            !named.contains { hit in
                hit.start < stem.end && stem.start < hit.end
                    && (codebook.kind(of: hit.id) == .activity || hit.start < stem.start || hit.end > stem.end)
            }
        }
        named.removeAll { hit in stemmed.contains { $0.start <= hit.start && hit.end <= $0.end } }
        // What a result ending in a preposition is about is no result of its own ("kendskab til
        // de muligheder, der findes for delvis raskmelding og fleksjob").
        let objects = objectSpans(of: named + stemmed, in: Array(clause.utf8))
        if !objects.isEmpty {
            named.removeAll { hit in objects.contains { $0.contains(hit.start) } }
            stemmed.removeAll { hit in objects.contains { $0.contains(hit.start) } }
        }
        // A result said as an indirect question ("hvilke opgaver borgeren kunne klare") is what
        // a picture or an overview right before it is of, and the questions joined to it
        // (", og hvor trætheden satte grænsen") are part of it: neither is a result of its own.
        let questionSpans = questionSpans(of: named + stemmed, in: Array(clause.utf8))
        if !questionSpans.isEmpty {
            named.removeAll { hit in codebook.kind(of: hit.id) != .activity && questionSpans.contains { $0.contains(hit.start) } }
            stemmed.removeAll { hit in questionSpans.contains { $0.contains(hit.start) } }
        }
        // The parties of a meeting or a cooperation ("tværfaglige møder *mellem jobkonsulent,
        // ergoterapeut og neuropsykolog*") are not activities of their own.
        let parties = partySpans(after: named, in: Array(clause.utf8))
        if !parties.isEmpty {
            named.removeAll { hit in codebook.kind(of: hit.id) == .activity && parties.contains { $0.contains(hit.start) } }
        }
        // A relative clause right after an activity describes it ("Det trepartsmøde …, der blev
        // holdt før hver praktik, betød …"; "Den faste jobkonsulent, der fulgte den enkelte ude på
        // arbejdspladsen, er grunden til …"): an activity inside it is no cause of its own.
        let described = describingSpans(after: named, in: Array(clause.utf8))
        if !described.isEmpty {
            named.removeAll { hit in codebook.kind(of: hit.id) == .activity && described.contains { $0.contains(hit.start) } }
        }
        // A plan word inside a result ("gennemført som planlagt") does not make the clause a plan.
        if planned.mayMatch(sentence), planned.hits(in: clause).contains(where: { plan in
            !(named + stemmed).contains { $0.start <= plan.start && plan.end <= $0.end }
        }) { return [] }
        let changes = nonNegations.mayMatch(sentence) ? nonNegations.hits(in: clause) : []
        func denies(_ hit: Lexicon.Hit) -> Bool { !changes.contains { $0.start <= hit.start && hit.end <= $0.end } }
        let negated = negation.mayMatch(sentence) ? negation.hits(in: clause).first(where: denies) : nil
        let modal = intention.mayMatch(sentence) ? intention.hits(in: clause).first(where: denies) : nil
        let bytes = Array(clause.utf8)
        for (cue, direction) in cues {
            let links = links(cue: cue, direction: direction, named: named, stemmed: stemmed, negated: negated, modal: modal,
                              before: before, clause: bytes)
            if let links { return links }
        }
        return []
    }

    /// The links of one cue; nil when the cue yields none and the next cue may be tried, an empty
    /// list when the clause is negated.
    func links(cue: Lexicon.Hit, direction: Direction, named: [Lexicon.Hit], stemmed: [Lexicon.Hit],
               negated: Lexicon.Hit?, modal: Lexicon.Hit?, before: () -> [String], clause: [UInt8]) -> [StatementLink]? {
        /// Whether at most two words (a subject and its verb, "Kollegerne fik gennem …") come
        /// before `position` in the clause.
        func opensClause(_ position: Int) -> Bool {
            var words = 0
            var inWord = false
            for byte in clause[..<position] {
                let letter = PhraseGaps.isLetter(byte) && byte != UInt8(ascii: "-")
                if letter && !inWord { words += 1 }
                inWord = letter
            }
            return words <= 2
        }
        /// Where a relative clause (", der", ", som") begins at or after `position`.
        func relativeClause(after position: Int) -> Int? {
            guard position < clause.count else { return nil }
            for index in position..<clause.count where clause[index] == UInt8(ascii: ",") {
                let rest = clause[(index + 1)...].prefix(5)
                if rest.elementsEqual(" der ".utf8) || rest.elementsEqual(" som ".utf8) { return index }
            }
            return nil
        }
        /// Whether a comma other than the one before "at" stands between two positions.
        func commaBetween(_ start: Int, _ end: Int) -> Bool {
            guard start < end else { return false }
            for index in start..<end where clause[index] == UInt8(ascii: ",") {
                if !clause[(index + 1)...].prefix(4).elementsEqual(" at ".utf8) { return true }
            }
            return false
        }
        func outside(_ hit: Lexicon.Hit) -> Bool { hit.end <= cue.start || (hit.start >= cue.start && hit.end > cue.end) }
        let hits = named.filter(outside)
        let stemHits = stemmed.filter(outside)
        func isTarget(_ hit: Lexicon.Hit) -> Bool { codebook.kind(of: hit.id) != .activity }
        /// Ids of the hits of `kind` (nil: categories and effects) that pass `keep`, in order.
        func ids(_ kind: Codebook.NodeKind?, stems: Bool = false, _ keep: (Lexicon.Hit) -> Bool) -> [String] {
            guard let kind else { return ids(.category, stems: stems, keep) + ids(.effect, stems: stems, keep) }
            var result: [String] = []
            let pool = stems ? (hits + stemHits).sorted { $0.start < $1.start } : hits
            for hit in pool where codebook.kind(of: hit.id) == kind && keep(hit) && !result.contains(hit.id) { result.append(hit.id) }
            return result
        }
        let lastNode = (hits + stemHits).map(\.end).max() ?? 0
        // A negation or a modal ("skal", "bør") counts up to the last activity, result or effect;
        // after it, in a clause of its own ("…, og hvilke opgaver de bør undgå"), it does not.
        // After a forward cue a negation denies only what follows it: the results named before
        // it stand ("… har givet dem en stolthed og en selvtillid, vi ikke havde turdet håbe på").
        let forwardNegation = direction == .forward ? negated.flatMap { $0.start >= cue.end ? $0.start : nil } : nil
        if let negated, forwardNegation == nil, negated.start < max(cue.end, lastNode) { return [] }
        // A modal in a clause of its own after the cue, behind a comma that does not open the
        // "at"-clause of the cue, belongs to a question or description inside the result
        // ("… har ført til, at kollegerne ved, hvad de skal gøre").
        if let modal, modal.start < cue.end || (modal.start < lastNode && !commaBetween(cue.end, modal.start)) { return [] }
        // After a cue that opens the clause the comma ends the cause, not the result: a modal
        // before the last result makes it a plan ("Når …, skal arbejdspladserne blive …").
        if let modal, direction == .reversed, opensClause(cue.start), modal.start < lastNode { return [] }
        let beforeCue = { (hit: Lexicon.Hit) in hit.start < cue.start }
        // A hit that begins inside the cue and runs past it ("førte *til beskæftigelse*") is after it.
        let afterCue = { (hit: Lexicon.Hit) in hit.start >= cue.start }
        var activities: [String]
        var targets: [String]
        var sources: [String] = []
        switch direction {
        case .forward:
            activities = ids(.activity, beforeCue)
            if activities.isEmpty {
                // Inverted word order ("Derudover bidrager X til Y"): the activity after the cue,
                // before the first result or effect named after it.
                let firstTarget = hits.filter { afterCue($0) && isTarget($0) }.map(\.start).min() ?? Int.max
                activities = ids(.activity) { afterCue($0) && $0.start < firstTarget }
            }
            targets = ids(nil, stems: true, afterCue)
            if !activities.isEmpty && targets.isEmpty { targets = ids(nil, beforeCue) }
            if activities.isEmpty { sources = ids(.category, beforeCue) }
        case .reversed:
            activities = ids(.activity, afterCue)
            if opensClause(cue.start) {
                // A cue that opens the clause is followed by the cause, then by what it brought
                // about ("Siden mentoren kom ind over, er hun mødt stabilt til … praktikken"): an
                // activity named after the first result is part of the result.
                let firstActivity = hits.filter { afterCue($0) && !isTarget($0) }.map(\.start).min() ?? Int.max
                let firstTarget = (hits + stemHits).filter { $0.start > firstActivity && isTarget($0) }.map(\.start).min() ?? Int.max
                let leading = ids(.activity) { afterCue($0) && $0.start < firstTarget }
                if !leading.isEmpty { activities = leading }
            }
            targets = ids(nil, stems: true, beforeCue)
            if targets.isEmpty, opensClause(cue.start), let firstActivity = hits.filter({ afterCue($0) && !isTarget($0) }).map(\.end).min() {
                // The result after the activity ("Gennem X fik de Y"), not in a relative clause
                // that describes the activity ("…med støtte fra en mentor, der havde kendskab til…").
                let end = relativeClause(after: firstActivity) ?? Int.max
                targets = ids(nil, stems: true) { $0.start >= firstActivity && $0.end <= end }
            }
            if activities.isEmpty { sources = ids(.category, afterCue) }
        case .either:
            // "X var årsag til, at Y": the activities before the cue, the results after it;
            // "Årsagen til, at Y, var X", "Y skyldes X": the activities after it, results anywhere.
            activities = ids(.activity, beforeCue)
            if activities.isEmpty {
                activities = ids(.activity, afterCue)
                targets = ids(nil, stems: true) { _ in true }
            } else {
                targets = ids(nil, stems: true, afterCue)
            }
        }
        if let forwardNegation {
            let denied = Set((hits + stemHits).filter { $0.start >= forwardNegation }.map(\.id))
            let kept = Set((hits + stemHits).filter { $0.start < forwardNegation }.map(\.id))
            if activities.contains(where: { denied.contains($0) && !kept.contains($0) }) { return [] }
            targets.removeAll { denied.contains($0) && !kept.contains($0) }
            if targets.isEmpty { return [] }
        }
        if activities.isEmpty && sources.isEmpty && !targets.isEmpty { activities = before() }
        if !activities.isEmpty {
            let links = activities.flatMap { activity in
                targets.filter { !notFrom($0).contains(activity) }.map { StatementLink(from: activity, to: $0) }
            }
            return links.isEmpty ? nil : links
        }
        let links = sources.flatMap { source in targets.filter { $0 != source }.map { StatementLink(from: source, to: $0) } }
        return links.isEmpty ? nil : links
    }

    /// Interrogatives that open an indirect question.
    static let interrogatives: Set<String> = ["hvad", "hvilke", "hvilken", "hvilket", "hvordan", "hvor", "hvornår", "hvem"]

    static func firstWord(_ text: some Sequence<UInt8>) -> String {
        String(decoding: text.drop { !PhraseGaps.isLetter($0) }.prefix { PhraseGaps.isLetter($0) }.map(PhraseGaps.lower), as: UTF8.self)
    }

    /// Around each result that is an indirect question: the result right before it that it is
    /// the object of ("et realistisk billede *af,* hvilke …"), and the questions joined to it
    /// after a comma (", og hvilke der skulle undgås"), up to the next comma that joins none.
    func questionSpans(of hits: [Lexicon.Hit], in clause: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        let connectors: Set<String> = ["af", "om", "over", "i", "på"]
        for question in hits where codebook.kind(of: question.id) != .activity && Self.interrogatives.contains(Self.firstWord(question.phrase.utf8)) {
            if let head = hits.filter({ $0.end <= question.start && codebook.kind(of: $0.id) != .activity }).max(by: { $0.end < $1.end }) {
                let between = clause[head.end..<question.start].filter { $0 != UInt8(ascii: ",") }
                let words = String(decoding: between, as: UTF8.self).split(separator: " ").map { $0.lowercased() }
                if words.count <= 1, words.allSatisfy(connectors.contains) { spans.append(head.start..<head.end) }
            }
            var end = question.end
            var joined = end
            while let comma = clause[end...].firstIndex(where: { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains($0) }),
                  clause[comma] == UInt8(ascii: ",") {
                let rest = clause[(comma + 1)...]
                var words = String(decoding: rest.prefix(20), as: UTF8.self).split(separator: " ").prefix(2).map { $0.lowercased() }
                if words.first == "og" || words.first == "eller" { words.removeFirst() }
                guard let word = words.first, Self.interrogatives.contains(String(word.prefix { $0.isLetter })) else { break }
                end = clause[(comma + 1)...].firstIndex { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains($0) } ?? clause.count
                joined = end
            }
            if joined > question.end { spans.append(question.end..<joined) }
        }
        return spans
    }

    /// The lists of parties after "mellem" that follows an activity within two words ("møder
    /// mellem A, B og C"): up to the word after the list's "og" (or "samt").
    func partySpans(after hits: [Lexicon.Hit], in clause: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for hit in hits where codebook.kind(of: hit.id) == .activity {
            // The words after the hit's own word.
            var position = hit.end
            while position < clause.count, PhraseGaps.isLetter(clause[position]) { position += 1 }
            var words: [(word: String, start: Int, end: Int)] = []
            while position < clause.count, words.count < 12 {
                while position < clause.count, !PhraseGaps.isLetter(clause[position]) {
                    guard clause[position] == 0x20 || clause[position] == UInt8(ascii: ",") else { break }
                    position += 1
                }
                guard position < clause.count, PhraseGaps.isLetter(clause[position]) else { break }
                let start = position
                while position < clause.count, PhraseGaps.isLetter(clause[position]) { position += 1 }
                words.append((String(decoding: clause[start..<position].map(PhraseGaps.lower), as: UTF8.self), start, position))
            }
            guard let between = words.prefix(3).firstIndex(where: { $0.word == "mellem" }),
                  let and = words[(between + 1)...].firstIndex(where: { $0.word == "og" || $0.word == "samt" }),
                  and + 1 < words.count else { continue }
            spans.append(words[between].end..<words[and + 1].end)
        }
        return spans
    }

    /// The relative clauses (", der …,", ", som …,") after the first activity of the clause, each
    /// up to the next comma: they describe what the clause is about. Only a relative clause closed
    /// by a comma counts, so one that runs on to the cue ("…, der oftest førte til …") is kept.
    func describingSpans(after hits: [Lexicon.Hit], in clause: [UInt8]) -> [Range<Int>] {
        guard let first = hits.filter({ codebook.kind(of: $0.id) == .activity }).map(\.end).min() else { return [] }
        var spans: [Range<Int>] = []
        var position = first
        while position < clause.count, let comma = clause[position...].firstIndex(of: UInt8(ascii: ",")) {
            position = comma + 1
            let rest = clause[position...].prefix(5)
            guard rest.elementsEqual(" der ".utf8) || rest.elementsEqual(" som ".utf8),
                  let end = clause[position...].firstIndex(of: UInt8(ascii: ",")) else { continue }
            spans.append(position..<end)
            position = end
        }
        return spans
    }

    /// The spans that results ending in a preposition govern ("kendskab *til*", "mod *til*"):
    /// from the preposition to the next comma, past a relative clause (", der", ", som") that
    /// describes the object.
    func objectSpans(of hits: [Lexicon.Hit], in clause: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for hit in hits where codebook.kind(of: hit.id) != .activity {
            guard let last = hit.phrase.split(separator: " ").last, DanishInflection.prepositions.contains(String(last)),
                  hit.end < clause.count else { continue }
            var end = hit.end
            var relative = false
            while end < clause.count {
                if clause[end] == UInt8(ascii: ",") {
                    let rest = clause[(end + 1)...].prefix(5)
                    if !relative, rest.elementsEqual(" der ".utf8) || rest.elementsEqual(" som ".utf8) { relative = true } else { break }
                }
                end += 1
            }
            spans.append(hit.end..<end)
        }
        return spans
    }

    /// Activities, categories and effects in a clause, found as written and with the small words
    /// inside phrases left out; of overlapping hits the earliest, then the longest, is kept.
    func nodeHits(_ clause: String) -> [Lexicon.Hit] {
        let hits = Lexicon.Hit.nonOverlapping(gapped(nodes, clause) + gapped(nonNodes, clause))
        let added = compoundHits(clause) + aliasHits(clause)
        let compounds = added.filter { compound in !hits.contains { $0.start < compound.end && compound.start < $0.end } }
        return Lexicon.Hit.nonOverlapping(hits + compounds).filter { codebook.kind(of: $0.id) != nil }
    }

    /// Whether a colon is among the text's first 41 bytes, read without copying them.
    static func colonOpens(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: ":")), min(41, bytes.count)) != nil
        }
    }

    /// The names the document defined (`definedActivities`), where a word begins with one.
    func aliasHits(_ clause: String) -> [Lexicon.Hit] {
        guard !aliases.isEmpty else { return [] }
        let bytes = Array(clause.utf8)
        var found: [Lexicon.Hit] = []
        for (name, id) in aliases where name.count <= bytes.count {
            for start in 0...(bytes.count - name.count) where start == 0 || !PhraseGaps.isLetter(bytes[start - 1]) {
                guard bytes[start..<(start + name.count)].map(PhraseGaps.lower).elementsEqual(name) else { continue }
                var end = start + name.count
                while end < bytes.count, PhraseGaps.isLetter(bytes[end]) { end += 1 }
                found.append(Lexicon.Hit(id: id, phrase: String(decoding: name, as: UTF8.self), start: start, end: end))
            }
        }
        return found
    }

    /// Words that end in a compound head of an activity, after at least three letters of their
    /// own ("certificerings*kurset*"): the activity of the head, unless the first part names a
    /// disability ("autismekurset").
    func compoundHits(_ clause: String) -> [Lexicon.Hit] {
        guard !compoundHeads.isEmpty else { return [] }
        let bytes = Array(clause.utf8)
        var found: [Lexicon.Hit] = []
        var start = 0
        while start < bytes.count {
            guard PhraseGaps.isLetter(bytes[start]) else { start += 1; continue }
            var end = start
            while end < bytes.count, PhraseGaps.isLetter(bytes[end]) { end += 1 }
            let word = bytes[start..<end].map(PhraseGaps.lower)
            for (head, id) in compoundHeads where word.count >= head.count + 3 && word.suffix(head.count).elementsEqual(head) {
                let modifier = word.prefix(word.count - head.count)
                if disabilityWords.contains(where: { modifier.starts(with: $0) }) { break }
                found.append(Lexicon.Hit(id: id, phrase: String(decoding: word, as: UTF8.self), start: start, end: end))
                break
            }
            start = end
        }
        return found
    }

    /// Result stems in a clause, found as written and with the small words left out.
    func stemHits(_ clause: String) -> [Lexicon.Hit] {
        Lexicon.Hit.nonOverlapping(gapped(stems, clause) + gappedStems.hits(in: clause))
    }

    /// The hits of a lexicon in the clause and in the clause with the small words left out.
    func gapped(_ lexicon: Lexicon, _ clause: String) -> [Lexicon.Hit] {
        var all = lexicon.hits(in: clause)
        if let (reduced, offsets) = gaps.reduce(clause) {
            all += lexicon.hits(in: reduced).map { $0.mapped(through: offsets) }
        }
        return all
    }
}
