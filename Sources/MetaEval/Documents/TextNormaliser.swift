import Foundation

/// Removes the artefacts of reports converted to text and groups the lines into paragraphs,
/// working on UTF-8 bytes: words hyphenated across line ends are joined ("beskæftigel-" +
/// "sesfremme") while real compounds keep their hyphen ("it- og kommunikation", "IT-firma");
/// page headers and footers repeated on many pages, lone page numbers, bullets, Markdown
/// heading marks and footnote markers are dropped; a short heading line is its own paragraph. Each paragraph keeps the original line
/// numbers of its text.
public struct TextNormaliser: Sendable {
    /// A short line seen this many times or more is taken for a page header or footer.
    public var repeatedLineThreshold = 3
    /// Words after a line-end hyphen that show a compound ("it- og …"), not a split word.
    public var compoundContinuations: Set<String> = ["og", "eller", "samt", "som", "til", "men", "&"]

    public init() {}

    public func normalise(_ text: String) -> [TextBlock] {
        var copy = text
        return copy.withUTF8 { normalise(Array($0)) }
    }

    public func normalise(_ bytes: [UInt8]) -> [TextBlock] {
        let lines = Self.splitLines(bytes)
        let trimmedLines = lines.map(Self.trim)
        let repeated = repeatedLines(trimmed: trimmedLines)
        var blocks: [TextBlock] = []
        var current = TextBlock()
        func close() {
            if !current.bytes.isEmpty { blocks.append(current) }
            current = TextBlock()
        }
        for index in lines.indices {
            var line = trimmedLines[index]
            if line.isEmpty || line == [0x0C] { close(); continue }
            if line.contains(0x0C) { line = line.filter { $0 != 0x0C }; line = Self.trim(line) }
            if Self.isPageNumber(line) { continue }
            if !repeated.isEmpty && repeated.contains(LineKey(line: line)) { continue }
            var startsBlock = false
            if line.first == UInt8(ascii: "#") {
                line = Self.trim(Array(line.drop { $0 == UInt8(ascii: "#") }))
                close()
                current.lineStarts.append(.init(offset: 0, line: index + 1))
                current.bytes = Self.removeFootnoteMarkers(line)
                close()
                continue
            }
            if let stripped = Self.stripBullet(line) { line = stripped; startsBlock = true }
            line = Self.removeFootnoteMarkers(Self.removeInnerSoftHyphens(line))
            if line.isEmpty { continue }
            if startsBlock { close() }
            let isHeading = current.bytes.isEmpty && Self.isHeading(line, next: index + 1 < lines.count ? trimmedLines[index + 1] : [])
            append(line, lineNumber: index + 1, to: &current)
            if isHeading { close() }
        }
        close()
        return blocks
    }

    /// Appends a line to a paragraph, joining a word hyphenated across the line end.
    func append(_ line: [UInt8], lineNumber: Int, to block: inout TextBlock) {
        guard !block.bytes.isEmpty else {
            block.lineStarts.append(.init(offset: 0, line: lineNumber))
            block.bytes = line
            return
        }
        var separator: [UInt8] = Self.space
        let bytes = block.bytes
        if bytes.count >= 3, bytes.last == 0xAD, bytes[bytes.count - 2] == 0xC2 {
            block.bytes.removeLast(2)
            separator = []
        } else if bytes.count >= 2, bytes.last == UInt8(ascii: "-"), let digit = bytes.dropLast().last, digit >= 0x30, digit <= 0x39,
                  let next = line.first, next >= 0x30, next <= 0x39 {
            separator = []
        } else if bytes.count >= 3, bytes.last == UInt8(ascii: "-"), Self.isLetterBefore(bytes, bytes.count - 1) {
            let next = Self.firstWord(line)
            if compoundContinuations.contains(String(decoding: next, as: UTF8.self).lowercased()) || next.isEmpty || !Self.startsLowercase(line) {
                separator = Self.startsLowercase(line) ? [0x20] : []
            } else if Self.isUppercaseBefore(bytes, bytes.count - 1) {
                separator = []
            } else {
                block.bytes.removeLast()
                separator = []
            }
        }
        block.bytes += separator
        block.lineStarts.append(.init(offset: block.bytes.count, line: lineNumber))
        block.bytes += line
    }

    static let space: [UInt8] = [0x20]

    /// Keys of short lines that recur often enough to be page headers or footers.
    func repeatedLines(_ lines: [[UInt8]]) -> Set<[UInt8]> {
        Set(repeatedLines(trimmed: lines.map(Self.trim)).map { Self.key($0.line) })
    }

    func repeatedLines(trimmed lines: [[UInt8]]) -> Set<LineKey> {
        // Digests are counted first; only lines whose digest recurs often enough are compared
        // as keys (most lines of a report occur once).
        let candidates = lines.map { trimmed -> LineKey? in
            guard trimmed.count >= 4, trimmed.count <= 90, Self.hasLetter(trimmed) else { return nil }
            return LineKey(line: trimmed)
        }
        var digestCounts: [UInt64: Int] = [:]
        digestCounts.reserveCapacity(lines.count)
        for key in candidates { if let key { digestCounts[key.digest, default: 0] += 1 } }
        var counts: [LineKey: Int] = [:]
        for key in candidates {
            guard let key, digestCounts[key.digest, default: 0] >= repeatedLineThreshold else { continue }
            counts[key, default: 0] += 1
        }
        return Set(counts.filter { $0.value >= repeatedLineThreshold }.map(\.key))
    }

    /// A line compared by its `key` without building it: hashed once (FNV-1a over the key's
    /// bytes), compared byte by byte only when the digests agree.
    struct LineKey: Hashable {
        let line: [UInt8]
        let digest: UInt64

        init(line: [UInt8]) {
            self.line = line
            self.digest = line.withUnsafeBufferPointer { bytes in
                var digest: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in bytes where !(byte >= 0x30 && byte <= 0x39) {
                    digest = (digest ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* 0x100_0000_01b3
                }
                return digest
            }
        }

        static func == (left: LineKey, right: LineKey) -> Bool {
            guard left.digest == right.digest else { return false }
            return left.line == right.line || TextNormaliser.key(left.line) == TextNormaliser.key(right.line)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    }

    /// Longest line taken for a heading when it opens a paragraph without final punctuation.
    static let headingLength = 60

    /// A short line opening a paragraph, without final punctuation, followed by a line that
    /// begins with a capital letter or a digit: a heading, not the start of a wrapped sentence.
    static func isHeading(_ line: [UInt8], next: [UInt8]) -> Bool {
        guard line.count <= headingLength, let last = line.last, !".,;:!?-–(".utf8.contains(last), hasLetter(line),
              let first = next.first else { return false }
        let uppercase = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
            || (first == 0xC3 && next.count > 1 && next[1] >= 0x80 && next[1] <= 0x9E)
        return uppercase
    }

    // MARK: Byte helpers

    static func splitLines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            var lines: [[UInt8]] = []
            lines.reserveCapacity(buffer.count / 48 + 1)
            var start = 0
            func add(_ end: Int) {
                let stop = end > start && buffer[end - 1] == 0x0D ? end - 1 : end
                lines.append(Array(UnsafeBufferPointer(rebasing: buffer[start..<stop])))
            }
            while start < buffer.count, let found = memchr(base + start, 0x0A, buffer.count - start) {
                let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                add(end)
                start = end + 1
            }
            if start < buffer.count { add(buffer.count) }
            return lines
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B }

    static func trim(_ line: [UInt8]) -> [UInt8] {
        let (start, end, clean) = line.withUnsafeBufferPointer { bytes -> (Int, Int, Bool) in
            var start = 0, end = bytes.count
            while start < end {
                if isSpace(bytes[start]) { start += 1 } else if start + 1 < bytes.count, bytes[start] == 0xC2, bytes[start + 1] == 0xA0 { start += 2 } else { break }
            }
            while end > start && isSpace(bytes[end - 1]) { end -= 1 }
            var index = start
            while index < end {
                let byte = bytes[index]
                if byte == 0x09 || byte == 0xC2 || (byte == 0x20 && index + 1 < end && bytes[index + 1] == 0x20) { return (start, end, false) }
                index += 1
            }
            return (start, end, true)
        }
        if clean { return start == 0 && end == line.count ? line : Array(line[start..<end]) }
        var result = Array(line[start..<end])
        var index = 0
        while index < result.count {
            if result[index] == 0x09 { result[index] = 0x20 }
            if isNoBreakSpace(result, index) { result.replaceSubrange(index..<(index + 2), with: [0x20]) }
            if result[index] == 0x20 && index + 1 < result.count && result[index + 1] == 0x20 { result.remove(at: index + 1); continue }
            index += 1
        }
        return result
    }

    static func isNoBreakSpace(_ bytes: [UInt8], _ index: Int) -> Bool {
        index + 1 < bytes.count && bytes[index] == 0xC2 && bytes[index + 1] == 0xA0
    }

    /// A line's identity as a header or footer: lower-cased, digits removed.
    static func key(_ line: [UInt8]) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(line.count)
        for byte in line where !(byte >= 0x30 && byte <= 0x39) { key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        return key
    }

    static func hasLetter(_ line: [UInt8]) -> Bool { line.withUnsafeBufferPointer { $0.contains(where: isLetterByte) } }

    static func isLetterByte(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0xC3 }

    /// "12", "- 12 -", "Side 3", "side 3 af 20", "3/20", "[12]", "s. 4".
    static func isPageNumber(_ line: [UInt8]) -> Bool {
        guard line.count <= 24, line.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        var words = String(decoding: line, as: UTF8.self).lowercased()
            .split(whereSeparator: { " -–—[]()|/".unicodeScalars.contains($0.unicodeScalars.first!) }).map(String.init)
        if let first = words.first, ["side", "s.", "page", "p."].contains(first) { words.removeFirst() }
        if words.count == 3, words[1] == "af" || words[1] == "of" { words.remove(at: 1) }
        return !words.isEmpty && words.count <= 2 && words.allSatisfy { $0.count <= 4 && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    static let bulletMarkers: [[UInt8]] = [[0xE2, 0x80, 0xA2], [0xE2, 0x96, 0xAA], [0xE2, 0x97, 0xA6], [0xE2, 0x80, 0x93], [0xEF, 0x82, 0xB7],
                                           [0xC2, 0xB7], [0x2D], [0x2A], [0x6F], [0xE2, 0x96, 0xA0], [0xE2, 0x97, 0x8F]]

    /// The line without its bullet ("• ", "- ", "* ", "– ", "▪ ", "o ", "1) ", "a) "), or nil.
    static func stripBullet(_ line: [UInt8]) -> [UInt8]? {
        guard let head = line.first, head >= 0x80 || head == 0x2D || head == 0x2A || (head >= 0x30 && head <= 0x39) || (head >= 0x61 && head <= 0x7A) else {
            return nil
        }
        for marker in bulletMarkers where line.starts(with: marker) {
            let rest = line.dropFirst(marker.count)
            if rest.first == 0x20 { return trim(Array(rest)) }
            if marker.count > 1, let first = rest.first, first != 0x20 { return trim(Array(rest)) }
        }
        var index = 0
        while index < line.count && index < 3 && line[index] >= 0x30 && line[index] <= 0x39 { index += 1 }
        if index == 0, line.count > 2, line[0] >= 0x61, line[0] <= 0x7A { index = 1 }
        if index > 0, index + 1 < line.count, line[index] == UInt8(ascii: ")"), line[index + 1] == 0x20 {
            return trim(Array(line[(index + 1)...]))
        }
        return nil
    }

    /// Drops soft hyphens (U+00AD) inside a line; one at the line end joins the word.
    static func removeInnerSoftHyphens(_ line: [UInt8]) -> [UInt8] {
        guard line.count > 2, line.withUnsafeBufferPointer({ $0.contains(0xC2) }) else { return line }
        var out: [UInt8] = []
        out.reserveCapacity(line.count)
        var index = 0
        while index < line.count {
            if line[index] == 0xC2, index + 1 < line.count, line[index + 1] == 0xAD, index + 2 < line.count {
                index += 2
                continue
            }
            out.append(line[index])
            index += 1
        }
        return out
    }

    /// Drops superscript digits, "[12]" markers and digits stuck to the end of a word ("effekt3.").
    /// The line is copied only from its first marker on; most lines (a year, a count) have none.
    static func removeFootnoteMarkers(_ line: [UInt8]) -> [UInt8] {
        var out: [UInt8]?
        var index = 0
        while index < line.count {
            let skip = footnoteMarkerLength(line, at: index) {
                // Before the first marker the output so far is the line itself.
                if let out { lowercaseLettersBefore(out) } else { line.withUnsafeBufferPointer { lowercaseLettersBefore($0, end: index) } }
            }
            if skip > 0 {
                if out == nil {
                    out = Array(line[..<index])
                    out?.reserveCapacity(line.count)
                }
                index += skip
                continue
            }
            out?.append(line[index])
            index += 1
        }
        return out ?? line
    }

    /// The length of the footnote marker at `index`, or 0: a superscript digit, "[12]", or one
    /// or two digits after three lower-case letters and before a space or punctuation.
    /// `lettersBefore` counts the lower-case letters the output ends with; it is asked only at a digit.
    static func footnoteMarkerLength(_ line: [UInt8], at index: Int, lettersBefore: () -> Int) -> Int {
        let byte = line[index]
        if byte == 0xC2, index + 1 < line.count, line[index + 1] == 0xB9 || line[index + 1] == 0xB2 || line[index + 1] == 0xB3 { return 2 }
        if byte == 0xE2, index + 2 < line.count, line[index + 1] == 0x81, (0xB0...0xB9).contains(line[index + 2]) { return 3 }
        if byte == UInt8(ascii: "["), let close = footnoteBracketEnd(line, index) { return close + 1 - index }
        guard byte >= 0x30 && byte <= 0x39, lettersBefore() >= 3 else { return 0 }
        var end = index
        while end < line.count && end - index < 3 && line[end] >= 0x30 && line[end] <= 0x39 { end += 1 }
        let after: UInt8 = end < line.count ? line[end] : 0x20
        guard end - index <= 2, after == 0x20 || after == 0x2E || after == 0x2C || after == 0x3B || after == 0x3A || after == 0x29 else { return 0 }
        return end - index
    }

    static func footnoteBracketEnd(_ line: [UInt8], _ start: Int) -> Int? {
        var index = start + 1
        while index < line.count && index - start <= 3 && line[index] >= 0x30 && line[index] <= 0x39 { index += 1 }
        return index > start + 1 && index < line.count && line[index] == UInt8(ascii: "]") ? index : nil
    }

    /// How many lower-case letters (ASCII or æ ø å é …) end `bytes`.
    static func lowercaseLettersBefore(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { lowercaseLettersBefore($0, end: $0.count) }
    }

    /// How many lower-case letters end `bytes[..<end]`.
    static func lowercaseLettersBefore(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var count = 0
        var index = end - 1
        while index >= 0 {
            let byte = bytes[index]
            if byte >= 0x61 && byte <= 0x7A { count += 1; index -= 1; continue }
            if index >= 1, bytes[index - 1] == 0xC3, byte >= 0xA0, byte <= 0xBF { count += 1; index -= 2; continue }
            break
        }
        return count
    }

    static func isLetterBefore(_ bytes: [UInt8], _ index: Int) -> Bool {
        guard index >= 1 else { return false }
        let byte = bytes[index - 1]
        if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) { return true }
        return index >= 2 && bytes[index - 2] == 0xC3 && byte >= 0x80 && byte <= 0xBF
    }

    static func isUppercaseBefore(_ bytes: [UInt8], _ index: Int) -> Bool {
        guard index >= 2 else { return false }
        let last = bytes[index - 1], previous = bytes[index - 2]
        return (last >= 0x41 && last <= 0x5A) && ((previous >= 0x41 && previous <= 0x5A) || previous == 0x20)
    }

    static func startsLowercase(_ line: [UInt8]) -> Bool {
        guard let first = line.first else { return false }
        if first >= 0x61 && first <= 0x7A { return true }
        return first == 0xC3 && line.count > 1 && line[1] >= 0xA0 && line[1] <= 0xBF
    }

    static func firstWord(_ line: [UInt8]) -> [UInt8] {
        Array(line.prefix { $0 != 0x20 && $0 != 0x2C && $0 != 0x2E })
    }
}
