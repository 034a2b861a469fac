/// Phrases of several codebook entries in one `PhraseMatcher`, each phrase remembering the id
/// of the entry it belongs to: the way coders find activities, categories, effects and cues
/// in a sentence in one pass over its UTF-8 bytes.
public struct Lexicon: Sendable {
    /// One occurrence of an entry's phrase in a text.
    public struct Hit: Sendable, Equatable {
        public var id: String
        public var phrase: String
        public var start: Int
        public var end: Int
    }

    let matcher: PhraseMatcher
    let owners: [String]

    public init(_ entries: [CodebookEntry], wholeWords: Bool = false) {
        let pairs = entries.flatMap { entry in entry.synonyms.map { ($0, entry.id) } }
        matcher = PhraseMatcher(phrases: pairs.map(\.0), wholeWords: wholeWords)
        owners = pairs.map(\.1)
    }

    /// Every hit, by start position; of overlapping hits the longest is kept.
    public func hits(in text: String) -> [Hit] {
        let all = matcher.matches(in: text).map { Hit(id: owners[$0.phrase], phrase: matcher.phrases[$0.phrase], start: $0.start, end: $0.end) }
        let ordered = all.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
        var kept: [Hit] = []
        for hit in ordered {
            if let last = kept.last, hit.start < last.end {
                if hit.end - hit.start > last.end - last.start && hit.start == last.start { kept[kept.count - 1] = hit }
                continue
            }
            kept.append(hit)
        }
        return kept
    }

    public func contains(_ text: String) -> Bool { !matcher.matches(in: text).isEmpty }

    public func first(in text: String) -> Hit? { hits(in: text).first }
}

extension Codebook {
    /// The phrases of one cue entry (codebook/cues.json) as a lexicon.
    func cueLexicon(_ id: String, wholeWords: Bool = false) -> Lexicon {
        Lexicon(cues[id].map { [$0] } ?? [], wholeWords: wholeWords)
    }
}
