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

        /// The hits by start position; of overlapping hits the earliest, then the longest, is kept.
        static func nonOverlapping(_ hits: [Hit]) -> [Hit] { nonOverlapping(hits) { $0 } }

        /// The same rule for items that carry a hit (a cue with its direction).
        static func nonOverlapping<Item>(_ items: [Item], by hit: (Item) -> Hit) -> [Item] {
            var kept: [Item] = []
            for item in items.sorted(by: { (hit($0).start, hit($1).end) < (hit($1).start, hit($0).end) }) {
                if let last = kept.last, hit(item).start < hit(last).end { continue }
                kept.append(item)
            }
            return kept
        }

        /// The hit in the text that `PhraseGaps.reduce` shortened, through its byte `offsets`.
        func mapped(through offsets: [Int]) -> Hit {
            var mapped = self
            mapped.start = offsets[start]
            mapped.end = offsets[end - 1] + 1
            return mapped
        }
    }

    let stems: PhraseMatcher
    let stemOwners: [String]
    let words: PhraseMatcher
    let wordOwners: [String]
    /// This lexicon's bit in a `LexiconMask`.
    public let screenID: Int

    /// Every phrase, stems and whole words.
    public var phrases: [String] { stems.phrases + words.phrases }

    /// Phrases match as word stems ("mentor" in "mentorordning") unless `wholeWords` is set;
    /// a phrase whose last word has at most this many letters always matches whole words, so
    /// that "i job" does not match "i jobcentret".
    public static let shortWord = 4

    /// - Parameter inflect: also match the definite and plural forms of a phrase's first word
    ///   (`DanishInflection`), for the activity, category and effect lexicons.
    public init(_ entries: [CodebookEntry], wholeWords: Bool = false, inflect: Bool = false) {
        var pairs = entries.flatMap { entry in entry.synonyms.map { ($0, entry.id) } }
        if inflect {
            let known = Set(pairs.map(\.0))
            pairs += pairs.flatMap { pair in DanishInflection.variants(pair.0).filter { !known.contains($0) }.map { ($0, pair.1) } }
        }
        let whole = pairs.filter { wholeWords || Self.endsInShortWord($0.0) }
        let stem = pairs.filter { !(wholeWords || Self.endsInShortWord($0.0)) }
        stems = PhraseMatcher(phrases: stem.map(\.0))
        stemOwners = stem.map(\.1)
        words = PhraseMatcher(phrases: whole.map(\.0), wholeWords: true)
        wordOwners = whole.map(\.1)
        screenID = LexiconIDs.shared.id(for: Array(Set(pairs.map(\.0))).sorted())
    }

    static func endsInShortWord(_ phrase: String) -> Bool {
        guard let last = phrase.split(separator: " ").last else { return false }
        return last.count <= shortWord && last.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }

    /// Every hit, by start position; of overlapping hits the longest is kept.
    public func hits(in text: String) -> [Hit] {
        let all = stems.matches(in: text).map { Hit(id: stemOwners[$0.phrase], phrase: stems.phrases[$0.phrase], start: $0.start, end: $0.end) }
            + words.matches(in: text).map { Hit(id: wordOwners[$0.phrase], phrase: words.phrases[$0.phrase], start: $0.start, end: $0.end) }
        return Hit.nonOverlapping(all)
    }

    public func contains(_ text: String) -> Bool { contains(text, prefix: .max) }

    public func first(in text: String) -> Hit? { hits(in: text).first }

    /// Whether a phrase matches in the first `count` bytes of `text` (read as if the text ended
    /// there), without building that prefix as a string.
    func contains(_ text: String, prefix count: Int) -> Bool {
        var copy = text
        return copy.withUTF8 { buffer in
            let prefix = UnsafeBufferPointer(rebasing: buffer[..<min(count, buffer.count)])
            return stems.contains(in: prefix) || words.contains(in: prefix)
        }
    }

    // MARK: On screened sentences

    /// Whether the screen left this lexicon possible in the sentence (or a clause of it).
    public func mayMatch(_ sentence: Sentence) -> Bool { sentence.lexicons.mayContain(screenID) }

    public func contains(_ sentence: Sentence) -> Bool { mayMatch(sentence) && contains(sentence.text) }

    public func hits(in sentence: Sentence) -> [Hit] { mayMatch(sentence) ? hits(in: sentence.text) : [] }

    public func first(in sentence: Sentence) -> Hit? { mayMatch(sentence) ? first(in: sentence.text) : nil }
}

extension Codebook {
    /// The phrases of one cue entry (codebook/cues.json) as a lexicon.
    func cueLexicon(_ id: String, wholeWords: Bool = false) -> Lexicon {
        Lexicon(cues[id].map { [$0] } ?? [], wholeWords: wholeWords)
    }
}
