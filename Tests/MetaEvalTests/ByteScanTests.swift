import Testing
@testable import MetaEval

/// The word-at-a-time and sketching shortcuts of the normaliser and the sentence splitter,
/// each against the plain byte-by-byte rule it stands in for, on seeded random bytes.
@Suite struct ByteScanTests {
    @Test func aCellNeedsQuotesExactlyWhenItHoldsTheSeparatorAQuoteOrALineBreak() {
        var random = PhraseMatcherTests.Generator(state: 17)
        let alphabet = Array(",;\"\r\næø".utf8) + [0x2C | 0x80, 0x22 ^ 0x01, 0x00, 0xFF]
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...40, using: &random)
            let bytes = (0..<count).map { _ in Int.random(in: 0..<12, using: &random) == 0 ? alphabet.randomElement(using: &random)! : UInt8(ascii: "x") }
            for separator in [UInt8(ascii: ","), UInt8(ascii: ";")] {
                let expected = bytes.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
                let found = bytes.withUnsafeBufferPointer { CSVWriter.needsQuotes($0, separator: separator) }
                #expect(found == expected, "\(bytes) with \(separator)")
            }
        }
    }

    @Test func aDocumentPathsProblemIsFoundInOnePassAsByTheSplitRule() {
        func reference(_ path: String) -> String? {
            let bytes = path.utf8
            guard let first = bytes.first else { return "empty" }
            var characters = path.makeIterator()
            _ = characters.next()
            if first == UInt8(ascii: "/") || first == UInt8(ascii: "~") || first == UInt8(ascii: "\\") || characters.next() == ":" { return "absolute" }
            if bytes.split(whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }).contains(where: { $0.elementsEqual("..".utf8) }) { return "leaves" }
            if bytes.contains(where: { $0 < 0x20 }) { return "control" }
            return nil
        }
        var random = PhraseMatcherTests.Generator(state: 23)
        let pieces = ["a", ".", "..", "/", "\\", ":", "~", "é", "\n", "\t", "x.txt", "dir"]
        for _ in 0..<3_000 {
            let path = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let found = DocumentPath.problem(path)
            let kind = found.map { $0.hasPrefix("empty") ? "empty" : $0.contains("is absolute") ? "absolute" : $0.contains("leaves") ? "leaves" : "control" }
            #expect(kind == reference(path), "\(path.debugDescription)")
        }
    }

    @Test func bytesAreASCIIExactlyWhenNoneHasTheHighBitSet() {
        var random = PhraseMatcherTests.Generator(state: 31)
        for _ in 0..<3_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                Int.random(in: 0..<30, using: &random) == 0 ? UInt8.random(in: 0x80...0xFF, using: &random) : UInt8.random(in: 0...0x7F, using: &random)
            }
            #expect(bytes.withUnsafeBufferPointer { ByteSearch.isASCII($0) } == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
        }
    }

    @Test func theNextTerminatorIsTheFirstFullStopExclamationOrQuestionMark() {
        var random = PhraseMatcherTests.Generator(state: 11)
        let alphabet = Array("abc .!?æø\n".utf8) + [0x2D, 0x3F ^ 0x80, 0x2E | 0x80, 0xFF, 0x00]
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...40, using: &random)
            let bytes = (0..<count).map { _ in Int.random(in: 0..<6, using: &random) == 0 ? alphabet.randomElement(using: &random)! : UInt8(ascii: "x") }
            let start = Int.random(in: 0...count, using: &random)
            let expected = bytes[start...].firstIndex { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F } ?? count
            let found = bytes.withUnsafeBufferPointer { SentenceSplitter.nextTerminator($0, from: start) }
            #expect(found == expected, "\(bytes) from \(start)")
        }
    }

    @Test func linesWithTheSameKeyHaveTheSameSketch() {
        var random = PhraseMatcherTests.Generator(state: 5)
        let letters = Array("abcdefghijklmnopqrstuvwxyz ".utf8) + Array("æøå".utf8)
        var distinct = Set<UInt64>()
        for _ in 0..<1_000 {
            let line = (0..<Int.random(in: 4...90, using: &random)).map { _ in letters.randomElement(using: &random)! }
            // The same key: capitals for some letters, digits put in anywhere.
            var variant: [UInt8] = []
            for byte in line {
                if Int.random(in: 0..<5, using: &random) == 0 { variant.append(UInt8(ascii: "0") + UInt8.random(in: 0...9, using: &random)) }
                variant.append(byte >= 0x61 && byte <= 0x7A && Bool.random(using: &random) ? byte - 0x20 : byte)
            }
            #expect(TextNormaliser.key(line) == TextNormaliser.key(variant))
            let digits = variant.filter { $0 >= 0x30 && $0 <= 0x39 }.count
            let sketch = line.withUnsafeBufferPointer { TextNormaliser.LineTable.sketch($0, keyLength: line.count) }
            #expect(sketch == variant.withUnsafeBufferPointer { TextNormaliser.LineTable.sketch($0, keyLength: variant.count - digits) })
            distinct.insert(sketch)
        }
        #expect(distinct.count > 990)
    }

    @Test func aWordNeedsALookExactlyWhenOneOfItsBytesIsAControlOr0x83() {
        var random = PhraseMatcherTests.Generator(state: 3)
        let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x83, 0xA0, 0xC3, 0xFF, 0x21, 0x61]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in Bool.random(using: &random) ? interesting.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random) }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let expected = bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0x83 }
            #expect(DocumentReader.mayNeedALook(word) == expected, "\(bytes)")
        }
    }

    @Test(arguments: 0..<10)
    func garbledLettersAreFoundAcrossAWordBoundary(offset: Int) throws {
        // "Ã¦" (C3 83 C2 A6) starting at every position of an eight-byte word, on line 2.
        let text = "Overskrift\n" + String(repeating: "x", count: offset) + "lÃ¦rer og mere tekst her.\n"
        let decoded = try DocumentReader.decode(Array(text.utf8)).get()
        #expect(decoded.warnings.map(\.line) == [2])
    }

    @Test func aWordHasADigitOrAZeroByteExactlyWhenOneOfItsBytesIs() {
        var random = PhraseMatcherTests.Generator(state: 23)
        let edges: [UInt8] = [0x00, 0x2F, 0x30, 0x39, 0x3A, 0xAF, 0xB0, 0xB9, 0xBA, 0xC3, 0xFF, 0x01, 0x80]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in Bool.random(using: &random) ? edges.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random) }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(ByteSearch.hasDigit(word) == bytes.contains { $0 >= 0x30 && $0 <= 0x39 }, "\(bytes)")
            #expect(ByteSearch.hasZeroByte(word) == bytes.contains(0), "\(bytes)")
            #expect(ByteSearch.has(0xC3, in: word) == bytes.contains(0xC3), "\(bytes)")
            let count = Int.random(in: 0...8, using: &random)
            #expect(bytes.withUnsafeBufferPointer { ByteSearch.containsDigit(UnsafeBufferPointer(rebasing: $0[..<count])) }
                    == bytes[..<count].contains { $0 >= 0x30 && $0 <= 0x39 })
        }
    }

    @Test func anAgeMayBeStatedExactlyWhenADigitAndÅrAreInTheText() {
        var random = PhraseMatcherTests.Generator(state: 29)
        let pieces = ["år", "År", "ÅR", "å", "Ã", "r", "a", "1", "9", " ", "ø", "x", "alderen"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let bytes = Array(text.utf8)
            let expected = bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
                && bytes.indices.dropLast(2).contains { bytes[$0] == 0xC3 && bytes[$0 + 1] | 0x20 == 0xA5 && bytes[$0 + 2] | 0x20 == 0x72 }
            #expect(InclusionCoder.mayStateAge(text) == expected, "\(text)")
        }
    }
}
