/// Result stems with a gap (`"hvilke opgaver … kunne|magtede"` in the `stems` of themes.json and
/// effects.json): a head, then, after at most `maxGap` words of the same clause part (no comma,
/// semicolon, colon or full stop between), one of the tails separated by "|". The gap holds what
/// varies from writer to writer, a subject ("hvilke opgaver *borgeren* kunne klare", "hvilke
/// faglige opgaver *den enkelte* magtede") or an adverb ("blev *efterfølgende* ansat", "kunne
/// *langt* mere, end de troede"), so one stem covers the family instead of one string each.
struct GappedPhrases: Sendable {
    struct Pattern: Sendable {
        var id: String
        var phrase: String
        var tails: [[UInt8]]
    }

    /// The gap marker between head and tails.
    static let marker = " … "
    /// At most this many words between head and tail.
    static let maxGap = 3

    let heads: Lexicon
    /// The patterns of each head phrase.
    let patterns: [String: [Pattern]]

    /// Whether a stem is written with a gap.
    static func isGapped(_ stem: String) -> Bool { stem.contains(marker) }

    init(_ entries: [CodebookEntry]) {
        var patterns: [String: [Pattern]] = [:]
        var headEntries: [String: CodebookEntry] = [:]
        for entry in entries {
            for stem in entry.stems where Self.isGapped(stem) {
                guard let range = stem.range(of: Self.marker) else { continue }
                let head = String(stem[..<range.lowerBound])
                let tails = stem[range.upperBound...].split(separator: "|").map { Array($0.utf8) }
                patterns[head, default: []].append(Pattern(id: entry.id, phrase: stem, tails: tails))
                var headEntry = headEntries[entry.id] ?? CodebookEntry(id: entry.id, label: entry.label)
                if !headEntry.synonyms.contains(head) { headEntry.synonyms.append(head) }
                headEntries[entry.id] = headEntry
            }
        }
        self.patterns = patterns
        heads = Lexicon(headEntries.keys.sorted().compactMap { headEntries[$0] })
    }

    /// The hits of the gapped stems in a text: from the head to the end of the tail.
    func hits(in text: String) -> [Lexicon.Hit] {
        guard !patterns.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        var found: [Lexicon.Hit] = []
        for head in heads.hits(in: text) {
            // A head ends a word ("kunne", not "kunnen").
            guard head.end == bytes.count || !PhraseGaps.isLetter(bytes[head.end]) else { continue }
            for pattern in patterns[head.phrase] ?? [] {
                if let end = tailEnd(pattern.tails, in: bytes, from: head.end) {
                    found.append(Lexicon.Hit(id: pattern.id, phrase: pattern.phrase, start: head.start, end: end))
                    break
                }
            }
        }
        return found
    }

    /// The end of the first tail that begins a word after at most `maxGap` words from `start`.
    func tailEnd(_ tails: [[UInt8]], in bytes: [UInt8], from start: Int) -> Int? {
        var position = start
        var words = 0
        while position < bytes.count {
            // Skip the spaces before the next word; a clause mark ends the search.
            while position < bytes.count, bytes[position] == 0x20 { position += 1 }
            guard position < bytes.count, Self.isWordByte(bytes[position]) else { return nil }
            for tail in tails where position + tail.count <= bytes.count {
                let candidate = bytes[position..<(position + tail.count)]
                guard candidate.map(PhraseGaps.lower).elementsEqual(tail) else { continue }
                let end = position + tail.count
                if end == bytes.count || !PhraseGaps.isLetter(bytes[end]) { return end }
            }
            words += 1
            guard words <= Self.maxGap else { return nil }
            while position < bytes.count, Self.isWordByte(bytes[position]) { position += 1 }
        }
        return nil
    }

    /// Letters and digits ("blev *2* ansat" has a word in its gap).
    static func isWordByte(_ byte: UInt8) -> Bool { PhraseGaps.isLetter(byte) || (byte >= 0x30 && byte <= 0x39) }
}
