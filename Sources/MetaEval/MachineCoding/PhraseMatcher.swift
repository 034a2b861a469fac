/// Finds many phrases at once in UTF-8 text: an Aho–Corasick automaton over case-folded bytes,
/// built once from a lexicon (the codebook's synonyms and cue phrases) and run in one pass,
/// without `Character` iteration or regular expressions. The transitions live in one flat
/// table (state × byte) and each state's phrases in one sorted run, so a scan allocates nothing
/// until it finds a match.
///
/// Matching is case-insensitive for ASCII and the Latin-1 letters (Æ Ø Å É …). A match must
/// start at a word boundary; with `wholeWords` it must also end at one, otherwise a phrase
/// matches as a word stem ("mentor" in "mentorordning").
public struct PhraseMatcher: Sendable {
    /// One occurrence: which phrase, and its byte range in the text.
    public struct Match: Sendable, Equatable {
        public var phrase: Int
        public var start: Int
        public var end: Int
    }

    public let phrases: [String]
    private let wholeWords: Bool
    /// The transitions, case folding built in, and for each state the phrases ending there,
    /// ascending: `outputList[outputStart[s]..<outputStart[s + 1]]` (`Automaton`).
    private let automaton: Automaton
    private let lengths: [Int]

    public init(phrases: [String], wholeWords: Bool = false) {
        self.phrases = phrases
        self.wholeWords = wholeWords
        automaton = AutomatonCache.shared.automaton(phrases.map { Self.fold(Array($0.utf8)) })
        lengths = phrases.map { $0.utf8.count }
    }

    /// Every match in `text`, ordered by end position, then phrase index.
    public func matches(in text: String) -> [Match] {
        var copy = text
        return copy.withUTF8 { matches(in: $0) }
    }

    public func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        var result: [Match] = []
        scan(bytes) { result.append($0); return false }
        return result
    }

    /// Whether any phrase matches, stopping at the first match.
    public func contains(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scan(bytes) { _ in true }
    }

    /// Runs the automaton over `bytes` and hands each match at word boundaries to `visit`, in
    /// end order; stops as soon as `visit` returns true, and returns whether it did.
    @inline(__always)
    @discardableResult
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (Match) -> Bool) -> Bool {
        automaton.outputStart.withUnsafeBufferPointer { outputStart in
            automaton.scan(bytes) { position, state in
                for slot in Int(outputStart[state])..<Int(outputStart[state + 1]) {
                    let phrase = Int(automaton.outputList[slot])
                    let start = position + 1 - lengths[phrase]
                    guard Self.isBoundary(bytes, before: start) else { continue }
                    if wholeWords && !Self.isBoundary(bytes, after: position + 1) { continue }
                    if visit(Match(phrase: phrase, start: start, end: position + 1)) { return true }
                }
                return false
            }
        }
    }

    /// The number of matches of every phrase, without collecting positions.
    public func count(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        matches(in: bytes).count
    }

    // MARK: Case folding and word boundaries on UTF-8 bytes

    /// Lower-cases ASCII letters and the two-byte Latin-1 capitals (U+00C0–U+00DE except ×).
    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in (0..<buffer.count).map { foldByte(buffer, at: $0) } }
    }

    @inline(__always)
    static func foldByte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8 {
        fold(bytes[index], after: index > 0 ? bytes[index - 1] : 0)
    }

    /// One byte folded, given the byte before it (0 at the start of the text).
    @inline(__always)
    static func fold(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if byte >= 0x41 && byte <= 0x5A { return byte | 0x20 }
        if byte >= 0x80 && byte <= 0x9E && byte != 0x97 && previous == 0xC3 { return byte + 0x20 }
        return byte
    }

    /// True when the character ending just before `index` is not a letter or digit
    /// (start of text, space, punctuation, dashes, quotation marks).
    @inline(__always)
    static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        guard index > 0, index <= bytes.count else { return true }
        var lead = index - 1
        while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return !isWordCharacter(bytes, at: lead)
    }

    /// True when the character starting at `index` is not a letter or digit.
    @inline(__always)
    static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        guard index < bytes.count else { return true }
        return !isWordCharacter(bytes, at: index)
    }

    /// Letters and digits: ASCII, Latin-1 letters (lead byte C3 except × ÷) and Latin Extended (C4–C9).
    @inline(__always)
    static func isWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        }
        if byte == 0xC3 {
            let second = index + 1 < bytes.count ? bytes[index + 1] : 0
            return second != 0x97 && second != 0xB7
        }
        return byte >= 0xC4 && byte <= 0xC9
    }
}
