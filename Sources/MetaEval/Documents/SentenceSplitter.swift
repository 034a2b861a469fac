/// Splits normalised paragraphs into sentences on UTF-8 bytes. A full stop ends a sentence only
/// when the next word begins with a capital letter, a digit or a quotation mark, and not after an
/// abbreviation from the codebook ("fx", "bl.a.", "jf.", "ca.", "pct.", "nr." …) or an initial;
/// dates such as "1. august" never end one. Each sentence keeps the original line it starts on.
public struct SentenceSplitter: Sendable {
    let abbreviations: Set<[UInt8]>
    let longestAbbreviation: Int

    /// - Parameter abbreviations: lower-case abbreviations, with or without their final full stop.
    public init(abbreviations: [String]) {
        self.abbreviations = Set(abbreviations.map { word in
            var bytes = Array(word.lowercased().utf8)
            while bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
            return bytes
        })
        longestAbbreviation = self.abbreviations.map(\.count).max() ?? 0
    }

    public func split(_ blocks: [TextBlock]) -> [Sentence] {
        var sentences: [Sentence] = []
        for block in blocks {
            block.bytes.withUnsafeBufferPointer { split(block, $0, into: &sentences) }
        }
        return sentences
    }

    func split(_ block: TextBlock, _ bytes: UnsafeBufferPointer<UInt8>, into sentences: inout [Sentence]) {
        var start = 0
        var index = 0
        while true {
            index = Self.nextTerminator(bytes, from: index)
            guard index < bytes.count else { break }
            var end = index + 1
            while end < bytes.count, Self.isClosing(bytes, end) { end += bytes[end] >= 0x80 ? 3 : 1 }
            if end >= bytes.count || (bytes[end] == 0x20 && endsSentence(bytes, dot: index, next: end + 1)) {
                emit(block, bytes, start, min(end, bytes.count), into: &sentences)
                start = end
            }
            index = end
        }
        emit(block, bytes, start, bytes.count, into: &sentences)
    }

    /// The offset of the next ".", "!" or "?" from `start` on, or the end: eight bytes at a
    /// time while none of them is one.
    static func nextTerminator(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if ByteSearch.has(UInt8(ascii: "."), in: word) || ByteSearch.has(UInt8(ascii: "!"), in: word) || ByteSearch.has(UInt8(ascii: "?"), in: word) { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return index }
            index += 1
        }
        return bytes.count
    }

    func emit(_ block: TextBlock, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into sentences: inout [Sentence]) {
        var from = start, to = end
        while from < to && bytes[from] == 0x20 { from += 1 }
        while to > from && bytes[to - 1] == 0x20 { to -= 1 }
        let text = UnsafeBufferPointer(rebasing: bytes[from..<to])
        guard !text.isEmpty, text.contains(where: TextNormaliser.isLetterByte) else { return }
        sentences.append(Sentence(text: String(decoding: text, as: UTF8.self), line: block.line(at: from), index: sentences.count))
    }

    /// Whether the punctuation at `dot` ends a sentence, given the text from `next` on.
    func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, dot: Int, next: Int) -> Bool {
        var start = next
        while start < bytes.count && bytes[start] == 0x20 { start += 1 }
        guard start < bytes.count else { return true }
        let first = bytes[start]
        let lowercase = (first >= 0x61 && first <= 0x7A) || (first == 0xC3 && start + 1 < bytes.count && bytes[start + 1] >= 0xA0)
        if lowercase { return false }
        guard bytes[dot] == UInt8(ascii: ".") else { return true }
        var tokenStart = dot
        while tokenStart > 0 && bytes[tokenStart - 1] != 0x20 && bytes[tokenStart - 1] != UInt8(ascii: "(") { tokenStart -= 1 }
        if dot - tokenStart <= longestAbbreviation {
            let token = UnsafeBufferPointer(rebasing: bytes[tokenStart..<dot]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            if abbreviations.contains(token) { return false }
        }
        if dot - tokenStart == 1, tokenStart < bytes.count, bytes[tokenStart] >= 0x41, bytes[tokenStart] <= 0x5A { return false }
        return true
    }

    /// Closing quotation marks and brackets that may follow the full stop.
    static func isClosing(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "'") { return true }
        return byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99)
    }
}
