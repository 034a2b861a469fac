/// Recognises input that is not UTF-8 text before any parser sees it: empty files, binary
/// files (NUL bytes), invalid UTF-8 and text that is probably Windows-1252.
public enum TextProblems {
    /// A problem and the line it was found on.
    public struct Problem: Sendable, Equatable {
        public let line: Int?
        public let message: String
    }

    public static func binaryOrEncoding(_ bytes: [UInt8]) -> Problem? {
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return Problem(line: nil, message: "the file is empty; expected JSON text")
        }
        if looksLikeUTF16(bytes) {
            return Problem(line: 1, message: "the file is UTF-16 text; expected UTF-8 (save it as UTF-8)")
        }
        if let nul = bytes.firstIndex(of: 0) {
            return Problem(line: lineNumber(of: nul, in: bytes), message: "the file contains NUL bytes (binary data); expected UTF-8 text")
        }
        if let bad = firstInvalidUTF8(bytes) {
            let hint = looksLikeWindows1252(bytes) ? " (it looks like Windows-1252; save it as UTF-8)" : ""
            return Problem(line: lineNumber(of: bad, in: bytes), message: "invalid UTF-8 at byte \(bad)\(hint); expected UTF-8 text")
        }
        return nil
    }

    /// True for UTF-16 text: a UTF-16 byte-order mark, or, without one, NUL bytes in every
    /// other position of the first characters (ASCII letters written in UTF-16).
    public static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        let head = bytes.prefix(64)
        guard head.count >= 8, head.count % 2 == 0 else { return false }
        let even = stride(from: 0, to: head.count, by: 2).filter { head[$0] == 0 }.count
        let odd = stride(from: 1, to: head.count, by: 2).filter { head[$0] == 0 }.count
        let pairs = head.count / 2
        return (even == pairs && odd == 0) || (odd == pairs && even == 0)
    }

    public static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A { line += 1 }
        return line
    }

    /// The offset of the first byte that does not begin a valid UTF-8 sequence, or nil.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            if byte == 0xE0 && bytes[index + 1] < 0xA0 { return index }
            if byte == 0xED && bytes[index + 1] > 0x9F { return index }
            if byte == 0xF0 && bytes[index + 1] < 0x90 { return index }
            if byte == 0xF4 && bytes[index + 1] > 0x8F { return index }
            index += length
        }
        return nil
    }

    /// True when invalid UTF-8 bytes are the Latin letters Windows-1252 puts there (æ ø å é …).
    public static func looksLikeWindows1252(_ bytes: [UInt8]) -> Bool {
        let latin: Set<UInt8> = [0xE6, 0xF8, 0xE5, 0xC6, 0xD8, 0xC5, 0xE9, 0xC9, 0xFC, 0xF6, 0xE4, 0x96, 0x93, 0x94, 0x80]
        return bytes.contains { latin.contains($0) } && firstInvalidUTF8(bytes) != nil
    }
}
