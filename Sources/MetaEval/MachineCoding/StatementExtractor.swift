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
    let codebook: Codebook
    let causal: Lexicon, reversed: Lexicon, breaks: Lexicon
    let negation: Lexicon, planned: Lexicon, implementation: Lexicon, purpose: Lexicon, intention: Lexicon
    let research: Lexicon
    let nodes: Lexicon
    let gaps: PhraseGaps

    public init(codebook: Codebook) {
        self.codebook = codebook
        causal = codebook.cueLexicon("causal", wholeWords: true)
        reversed = codebook.cueLexicon("causal-reversed", wholeWords: true)
        breaks = codebook.cueLexicon("clause-break", wholeWords: true)
        negation = codebook.cueLexicon("negation", wholeWords: true)
        planned = codebook.cueLexicon("planned")
        purpose = codebook.cueLexicon("purpose")
        intention = codebook.cueLexicon("intention", wholeWords: true)
        implementation = codebook.cueLexicon("implementation")
        research = codebook.cueLexicon("research-citation")
        nodes = Lexicon(codebook.activityTypes + codebook.categories + codebook.effects.entries, inflect: true)
        gaps = PhraseGaps(fillers: codebook.cues["phrase-filler"]?.synonyms ?? [])
    }

    /// The lexicons a `LexiconScreen` should know.
    var lexicons: [Lexicon] { [causal, reversed, breaks, negation, planned, implementation, purpose, intention, research, nodes] }

    public func statements(_ sentences: [Sentence]) -> [DocumentCoding.Statement] {
        sentences.compactMap { sentence in
            guard causal.mayMatch(sentence) || reversed.mayMatch(sentence) else { return nil }
            guard !sentence.text.hasSuffix("?"), !purpose.contains(sentence), !citesResearch(sentence.text) else { return nil }
            var links: [StatementLink] = []
            for clause in clauses(sentence.text, breaks: breaks.hits(in: sentence)) {
                for link in self.links(clause, in: sentence) where !links.contains(link) { links.append(link) }
            }
            return links.isEmpty ? nil : DocumentCoding.Statement(text: sentence.text, line: sentence.line, links: links)
        }
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
        cuts += bytes.indices.filter { bytes[$0] == UInt8(ascii: ";") }
        let cues = (causal.hits(in: text) + reversed.hits(in: text)).sorted { $0.start < $1.start }
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
    public func links(_ clause: String) -> [StatementLink] { links(clause, in: Sentence(text: clause, line: 0, index: 0)) }

    /// The atomic links one clause of a screened sentence claims: a lexicon the screen ruled
    /// out for the sentence has no hit in any clause of it.
    func links(_ clause: String, in sentence: Sentence) -> [StatementLink] {
        func hits(_ lexicon: Lexicon) -> [Lexicon.Hit] { lexicon.mayMatch(sentence) ? lexicon.hits(in: clause) : [] }
        func contains(_ lexicon: Lexicon) -> Bool { lexicon.mayMatch(sentence) && lexicon.contains(clause) }
        let forward = hits(causal), backward = hits(reversed)
        guard let cue = (forward + backward).min(by: { $0.start < $1.start }) else { return [] }
        if contains(planned) || contains(intention) || contains(implementation) { return [] }
        let isReversed = backward.contains(cue)
        let hits = nodeHits(clause).filter { $0.end <= cue.start || ($0.start >= cue.start && $0.end > cue.end) }
        if let negated = negation.mayMatch(sentence) ? negation.first(in: clause) : nil,
           negated.start < max(cue.end, hits.map(\.end).max() ?? 0) { return [] }
        func ids(_ kind: Codebook.NodeKind, _ side: Bool?) -> [String] {
            var result: [String] = []
            for hit in hits where codebook.kind(of: hit.id) == kind {
                if let side, (hit.start < cue.start) != side { continue }
                if !result.contains(hit.id) { result.append(hit.id) }
            }
            return result
        }
        let sourceSide = !isReversed
        var activities = ids(.activity, sourceSide)
        if activities.isEmpty && !isReversed {
            // Inverted word order ("Derudover bidrager X til Y"): the activity after the cue, before
            // the first result or effect named after it.
            let firstTarget = hits.filter { $0.start >= cue.end && codebook.kind(of: $0.id) != .activity }.map(\.start).min() ?? Int.max
            activities = ids(.activity, nil).filter { id in hits.contains { $0.id == id && $0.start >= cue.end && $0.start < firstTarget } }
        }

        var targets = ids(.category, !sourceSide) + ids(.effect, !sourceSide)
        if !activities.isEmpty {
            if targets.isEmpty { targets = ids(.category, nil) + ids(.effect, nil) }
            return activities.flatMap { activity in targets.map { StatementLink(from: activity, to: $0) } }
        }
        let sources = ids(.category, sourceSide)
        return sources.flatMap { source in targets.filter { $0 != source }.map { StatementLink(from: source, to: $0) } }
    }

    /// Activities, categories and effects in a clause, found as written and with the small words
    /// inside phrases left out; of overlapping hits the earliest, then the longest, is kept.
    func nodeHits(_ clause: String) -> [Lexicon.Hit] {
        var all = nodes.hits(in: clause)
        if let (reduced, offsets) = gaps.reduce(clause) {
            all += nodes.hits(in: reduced).map { hit in
                var mapped = hit
                mapped.start = offsets[hit.start]
                mapped.end = offsets[hit.end - 1] + 1
                return mapped
            }
        }
        return Lexicon.Hit.nonOverlapping(all)
    }
}
