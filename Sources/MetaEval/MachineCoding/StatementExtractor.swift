/// Steps 5–6 (section 4.4): finds experience statements — sentences claiming that an activity
/// leads to a result or an effect ("fører til", "bidrager til", "styrker", "har vist sig" …,
/// the cue phrases of codebook/cues.json) — and splits each into atomic links, one per
/// activity–target pair, recognising activities, result categories and effects through the
/// codebook's Danish lexicon. A compound sentence is judged clause by clause ("…, men …").
/// Left out: negated links ("førte ikke til"), goals, purposes, intentions ("skal", "skulle")
/// and expectations not yet tested, questions, and
/// statements about running the project itself. Where no activity is named, a result category
/// named before the cue links to the categories and effects after it (derived results).
public struct StatementExtractor: Sendable {
    let codebook: Codebook
    let causal: Lexicon, reversed: Lexicon, breaks: Lexicon
    let negation: Lexicon, planned: Lexicon, implementation: Lexicon, purpose: Lexicon, intention: Lexicon
    let nodes: Lexicon

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
        nodes = Lexicon(codebook.activityTypes + codebook.categories + codebook.effects.entries, inflect: true)
    }

    /// The lexicons a `LexiconScreen` should know.
    var lexicons: [Lexicon] { [causal, reversed, breaks, negation, planned, implementation, purpose, intention, nodes] }

    public func statements(_ sentences: [Sentence]) -> [DocumentCoding.Statement] {
        sentences.compactMap { sentence in
            guard causal.mayMatch(sentence) || reversed.mayMatch(sentence) else { return nil }
            guard !sentence.text.hasSuffix("?"), !purpose.contains(sentence) else { return nil }
            var links: [StatementLink] = []
            for clause in clauses(sentence.text, breaks: breaks.hits(in: sentence)) {
                for link in self.links(clause, in: sentence) where !links.contains(link) { links.append(link) }
            }
            return links.isEmpty ? nil : DocumentCoding.Statement(text: sentence.text, line: sentence.line, links: links)
        }
    }

    /// The sentence cut at clause breaks and semicolons.
    func clauses(_ text: String) -> [String] { clauses(text, breaks: breaks.hits(in: text)) }

    func clauses(_ text: String, breaks: [Lexicon.Hit]) -> [String] {
        let bytes = Array(text.utf8)
        var cuts = breaks.map(\.start)
        cuts += bytes.indices.filter { bytes[$0] == UInt8(ascii: ";") }
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
        if contains(negation) || contains(planned) || contains(intention) || contains(implementation) { return [] }
        let isReversed = backward.contains(cue)
        let hits = hits(nodes).filter { $0.end <= cue.start || ($0.start >= cue.start && $0.end > cue.end) }
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
        if activities.isEmpty && !isReversed { activities = ids(.activity, nil) }
        var targets = ids(.category, !sourceSide) + ids(.effect, !sourceSide)
        if !activities.isEmpty {
            if targets.isEmpty { targets = ids(.category, nil) + ids(.effect, nil) }
            return activities.flatMap { activity in targets.map { StatementLink(from: activity, to: $0) } }
        }
        let sources = ids(.category, sourceSide)
        return sources.flatMap { source in targets.filter { $0 != source }.map { StatementLink(from: source, to: $0) } }
    }
}
