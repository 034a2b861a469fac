/// A clause with the small words left out that writers put inside the phrases of the lexicon —
/// possessives, articles and genitive nouns ("gennemførte *deres* praktik", "afklaring af
/// *deltagernes* arbejdsevne", "fastholdt i *sit* job") — so that the phrase still matches, with
/// a map from each byte of the reduced text back to the clause. The words are codebook data
/// (the cue `phrase-filler`); a genitive is a word of six letters or more ending in -nes, -ens
/// or -ets ("borgerens", "jobcentrets").
struct PhraseGaps: Sendable {
    let fillers: Set<[UInt8]>
    /// Whether genitives (-nes, -ens, -ets) are left out too.
    let genitives: Bool

    init(fillers: [String], genitives: Bool = true) {
        self.fillers = Set(fillers.map { Array($0.lowercased().utf8) })
        self.genitives = genitives
    }

    /// The reduced text and, for each of its bytes, the offset of that byte in `text`; nil when
    /// there is nothing to leave out.
    func reduce(_ text: String) -> (text: String, offsets: [Int])? {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var offsets: [Int] = []
        out.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count)
        var removed = false
        var index = 0
        var word: [UInt8] = []
        while index < bytes.count {
            guard Self.isLetter(bytes[index]) else {
                out.append(bytes[index]); offsets.append(index); index += 1
                continue
            }
            var end = index
            while end < bytes.count, Self.isLetter(bytes[end]) { end += 1 }
            word.removeAll(keepingCapacity: true)
            for position in index..<end { word.append(Self.lower(bytes[position])) }
            if end < bytes.count, bytes[end] == 0x20, isFiller(word) {
                removed = true
                index = end + 1
                continue
            }
            for position in index..<end { out.append(bytes[position]); offsets.append(position) }
            index = end
        }
        guard removed else { return nil }
        return (String(decoding: out, as: UTF8.self), offsets)
    }

    func isFiller(_ word: [UInt8]) -> Bool {
        if fillers.contains(word) { return true }
        guard genitives, word.count >= 6 else { return false }
        let tail = word.suffix(3)
        return tail.elementsEqual("nes".utf8) || tail.elementsEqual("ens".utf8) || tail.elementsEqual("ets".utf8)
    }

    /// ASCII letters and every byte of a multi-byte UTF-8 letter (æ, ø, å, é …).
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80 || byte == UInt8(ascii: "-")
    }

    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
