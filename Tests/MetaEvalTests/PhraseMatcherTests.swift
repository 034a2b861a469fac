import Foundation
import Testing
@testable import MetaEval

/// The phrase automaton against a naive search: every phrase of the codebook looked for at
/// every position of seeded random texts made of phrase pieces, capitals (ASCII and Latin-1),
/// punctuation and other multi-byte characters, so the compressed transition table (bytes
/// sharing columns) finds exactly what a byte-by-byte comparison finds.
@Suite struct PhraseMatcherTests {
    /// SplitMix64, so a failing text can be made again from its seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static func phrases() throws -> [String] {
        let codebook = try TestSupport.codebook()
        let nodes = Lexicon(codebook.activityTypes + codebook.categories + codebook.effects.entries, inflect: true).phrases
        return Array(Set(nodes + codebook.cues.entries.flatMap(\.synonyms))).sorted()
    }

    static func texts(from phrases: [String], count: Int, seed: UInt64) -> [[UInt8]] {
        var random = Generator(state: seed)
        let extras = [" ", " ", ", ", ". ", "-", "–", "Æ", "Ø", "Å", "É", "é", "×", "\"", "(", "2011", "ø", "A", "s", "er", "ne"]
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<Int.random(in: 5...40, using: &random) {
                if Bool.random(using: &random) {
                    var phrase = phrases.randomElement(using: &random)!
                    if Int.random(in: 0..<4, using: &random) == 0 { phrase = phrase.uppercased() }
                    if Int.random(in: 0..<4, using: &random) == 0 { phrase = String(phrase.dropFirst(Int.random(in: 0...2, using: &random))) }
                    text += phrase
                } else {
                    text += extras.randomElement(using: &random)!
                }
            }
            return Array(text.utf8)
        }
    }

    /// Every occurrence of every phrase in the folded text, at word boundaries, by end, then phrase.
    static func naive(_ phrases: [String], wholeWords: Bool, in text: [UInt8]) -> [PhraseMatcher.Match] {
        let folded = PhraseMatcher.fold(text)
        var found: [PhraseMatcher.Match] = []
        text.withUnsafeBufferPointer { bytes in
            for (index, phrase) in phrases.enumerated() {
                let needle = PhraseMatcher.fold(Array(phrase.utf8))
                guard !needle.isEmpty, needle.count <= folded.count else { continue }
                for start in 0...(folded.count - needle.count) where folded[start..<(start + needle.count)].elementsEqual(needle) {
                    guard PhraseMatcher.isBoundary(bytes, before: start) else { continue }
                    if wholeWords && !PhraseMatcher.isBoundary(bytes, after: start + needle.count) { continue }
                    found.append(PhraseMatcher.Match(phrase: index, start: start, end: start + needle.count))
                }
            }
        }
        return found.sorted { ($0.end, $0.phrase) < ($1.end, $1.phrase) }
    }

    @Test(arguments: [false, true])
    func matchesAgreeWithANaiveSearch(wholeWords: Bool) throws {
        let phrases = try Self.phrases()
        #expect(phrases.count > 500)
        let matcher = PhraseMatcher(phrases: phrases, wholeWords: wholeWords)
        var total = 0
        for (number, text) in Self.texts(from: phrases, count: 120, seed: 2026).enumerated() {
            let found = text.withUnsafeBufferPointer { matcher.matches(in: $0) }
            let expected = Self.naive(phrases, wholeWords: wholeWords, in: text)
            total += expected.count
            #expect(found == expected, "text \(number): \(String(decoding: text, as: UTF8.self))")
            if found != expected { break }
        }
        #expect(total > 100)
    }

    @Test func theScreenNeverRulesOutALexiconThatMatches() throws {
        let codebook = try TestSupport.codebook()
        let lexicons = [Lexicon(codebook.activityTypes, inflect: true), Lexicon(codebook.categories), codebook.cueLexicon("causal", wholeWords: true),
                        codebook.cueLexicon("negation", wholeWords: true), codebook.cueLexicon("planned")]
        let screen = LexiconScreen(lexicons)
        var hits = 0
        for text in Self.texts(from: try Self.phrases(), count: 300, seed: 7) {
            let sentence = String(decoding: text, as: UTF8.self)
            let mask = screen.mask(sentence)
            for lexicon in lexicons where lexicon.contains(sentence) {
                hits += 1
                #expect(mask.mayContain(lexicon.screenID), "\(sentence)")
            }
        }
        #expect(hits > 200)
    }

    /// The screen reads two sentences at once; each must get the mask it gets alone.
    @Test func screeningInPairsGivesEachSentenceItsOwnMask() throws {
        let codebook = try TestSupport.codebook()
        let screen = LexiconScreen([Lexicon(codebook.activityTypes, inflect: true), Lexicon(codebook.categories),
                                    codebook.cueLexicon("causal", wholeWords: true), codebook.cueLexicon("planned")])
        let texts = Self.texts(from: try Self.phrases(), count: 101, seed: 13).map { String(decoding: $0, as: UTF8.self) } + ["", "a"]
        for count in [0, 1, 2, 3, texts.count] {
            var sentences = texts.prefix(count).enumerated().map { Sentence(text: $1, line: $0 + 1, index: $0) }
            screen.screen(&sentences)
            for sentence in sentences { #expect(sentence.lexicons == screen.mask(sentence.text), "\(sentence.text)") }
        }
        var distinct: [LexiconMask] = []
        for mask in texts.map({ screen.mask($0) }) where !distinct.contains(mask) { distinct.append(mask) }
        #expect(distinct.count > 3, "the texts tell the lexicons apart")
    }
}
