import Testing
@testable import MetaEval

/// The cache's content keys: a change anywhere in a document, or in where its path ends and
/// its bytes begin, gives another key; the same content gives the same key.
struct ContentDigestTests {
    static func key(_ parts: [UInt8]...) -> String {
        var digest = ContentDigest()
        for part in parts { digest.combine(part) }
        return digest.hex
    }

    @Test func everyOneBitChangeGivesAnotherKey() {
        let text = Array("Mentorordningen førte til, at flere borgere fik et fleksjob i 2011.".utf8)
        var keys: Set<String> = [Self.key(text)]
        for index in text.indices {
            for bit in 0..<8 {
                var changed = text
                changed[index] ^= 1 << UInt8(bit)
                keys.insert(Self.key(changed))
            }
        }
        #expect(keys.count == text.count * 8 + 1)
    }

    @Test func lengthsAndSplitsAreTold() {
        // Trailing zero bytes would be lost in a padded last word if lengths were not mixed in.
        let keys = (0...20).map { Self.key([UInt8](repeating: 0, count: $0)) }
        #expect(Set(keys).count == keys.count)
        let whole = Array("documents/a.txtProjektet".utf8)
        #expect(Self.key(Array(whole[..<15]), Array(whole[15...])) != Self.key(Array(whole[..<14]), Array(whole[14...])))
        #expect(Self.key(Array(whole[..<15]), Array(whole[15...])) == Self.key(Array(whole[..<15]), Array(whole[15...])))
    }

    @Test func aStringAndItsBytesGiveTheSameKeyAndTheKeyIsSixteenHexDigits() {
        var fromString = ContentDigest()
        fromString.combine("documents/å.txt")
        let fromBytes = Self.key(Array("documents/å.txt".utf8))
        #expect(fromString.hex == fromBytes)
        #expect(fromBytes.count == 16 && fromBytes.allSatisfy { $0.isHexDigit })
    }
}
