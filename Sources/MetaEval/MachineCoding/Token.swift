/// A word, number or dash of a sentence, found on its UTF-8 bytes, with its byte range, so
/// that tokens line up with `Lexicon` hits. Numbers keep thousands separators ("1.200").
struct Token: Sendable, Equatable {
    enum Kind: Sendable { case word, number, dash, other }

    var kind: Kind
    var text: String
    var start: Int
    var end: Int

    /// The number's value, thousands separators removed; nil for decimals and non-numbers.
    var integer: Int? {
        guard kind == .number, !text.contains(",") else { return nil }
        let digits = text.replacingOccurrences(of: ".", with: "")
        guard digits.count <= 9 else { return nil }
        return Int(digits)
    }

    /// A four-digit year of the range projects are reported in, alone or ending a date
    /// written with full stops ("1.9.2009").
    var year: Int? {
        guard kind == .number else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let candidate = parts.count == 3 && parts[0].count <= 2 && parts[1].count <= 2 ? String(parts[2]) : text
        guard candidate.count == 4, let value = Int(candidate), (1980...2039).contains(value) else { return nil }
        return value
    }

    /// Whether the text holds four digits in a row (a possible year), found without tokenising.
    static func mayHoldYear(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard ByteSearch.containsDigit(bytes) else { return false }
            var run = 0
            for byte in bytes {
                run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
                if run == 4 { return true }
            }
            return false
        }
    }

    static func tokens(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        var index = 0
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        func isLetter(_ i: Int) -> Bool {
            guard i < bytes.count else { return false }
            let byte = bytes[i]
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) { return true }
            if byte == 0xC3 { return i + 1 < bytes.count && bytes[i + 1] != 0x97 && bytes[i + 1] != 0xB7 }
            if byte >= 0x80 && byte < 0xC0 { return i > 0 && isLetter(i - 1) && bytes[i - 1] >= 0xC3 && bytes[i - 1] <= 0xC9 }
            return byte >= 0xC4 && byte <= 0xC9
        }
        while index < bytes.count {
            let start = index
            if isDigit(index) {
                while isDigit(index) || (index < bytes.count && (bytes[index] == 0x2E || bytes[index] == 0x2C) && isDigit(index + 1)) {
                    index += 1
                }
                tokens.append(Token(kind: .number, text: String(decoding: bytes[start..<index], as: UTF8.self), start: start, end: index))
            } else if isLetter(index) {
                while index < bytes.count && (isLetter(index) || isDigit(index)) { index += bytes[index] >= 0xC0 ? 2 : 1 }
                index = min(index, bytes.count)
                let folded = bytes.withUnsafeBufferPointer { buffer in (start..<index).map { PhraseMatcher.foldByte(buffer, at: $0) } }
                tokens.append(Token(kind: .word, text: String(decoding: folded, as: UTF8.self), start: start, end: index))
            } else if bytes[index] == 0x2D || (bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)) {
                index += bytes[index] == 0x2D ? 1 : 3
                tokens.append(Token(kind: .dash, text: "-", start: start, end: index))
            } else {
                index += 1
                while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                if text != " " { tokens.append(Token(kind: .other, text: text, start: start, end: index)) }
            }
        }
        return tokens
    }
}
