/// One sentence of a document and the line of the original file it begins on.
public struct Sentence: Sendable, Equatable, Hashable {
    public var text: String
    public var line: Int
    /// The sentence's position in the document, from 0.
    public var index: Int

    /// Which lexicons may have a hit in the text (`LexiconScreen`); not part of its identity.
    public var lexicons = LexiconMask.unknown

    public init(text: String, line: Int, index: Int) {
        self.text = text
        self.line = line
        self.index = index
    }

    public static func == (left: Sentence, right: Sentence) -> Bool {
        left.text == right.text && left.line == right.line && left.index == right.index
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(line)
        hasher.combine(index)
    }

    /// Prose rather than a heading: it ends like a sentence or is long enough to be one.
    public var isProse: Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let last = bytes.last else { return false }
            if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") || last == UInt8(ascii: ":") { return true }
            var spaces = 0
            for byte in bytes where byte == 0x20 {
                spaces += 1
                if spaces >= 7 { return true }
            }
            return false
        }
    }
}
