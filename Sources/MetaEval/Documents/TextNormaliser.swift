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
        return copy.withUTF8 { normalise(buffer: $0) }
    }

    public func normalise(_ bytes: [UInt8]) -> [TextBlock] {
        bytes.withUnsafeBufferPointer { normalise(buffer: $0) }
    }

    /// One line of the input, trimmed: a range of the input, or of `LineTable.rewritten` for the
    /// few lines whose inner spaces trimming changed, with what one pass over it found.
    struct Line {
        var start: Int
        var end: Int
        var rewritten: Bool
        var flags: UInt8
        /// Its slot in the table of line digests, or -1 when it is no header candidate.
        var slot: Int32
    }

    /// The bytes a line may hold, as bits of `Line.flags`.
    enum Flag {
        static let formFeed: UInt8 = 1, c2: UInt8 = 2, digit: UInt8 = 4, marker: UInt8 = 8, letter: UInt8 = 16, tab: UInt8 = 32
        /// Not a byte class: the line is a field of a key-facts block (`isField`).
        static let field: UInt8 = 64
        static let footnote = c2 | digit | marker
        /// Each byte's flags: U+00A0, U+00AD and superscripts begin with C2, the other
        /// superscripts with E2, bracketed markers with "[".
        static let table: [UInt8] = (0...255).map { value -> UInt8 in
            let byte = UInt8(value)
            var flags: UInt8 = 0
            if byte == 0x0C { flags |= formFeed }
            if byte == 0xC2 { flags |= c2 }
            if byte == 0x09 { flags |= tab }
            if byte >= 0x30 && byte <= 0x39 { flags |= digit }
            if byte == 0xE2 || byte == UInt8(ascii: "[") { flags |= marker }
            if TextNormaliser.isLetterByte(byte) { flags |= letter }
            return flags
        }
    }

    public func normalise(buffer input: UnsafeBufferPointer<UInt8>) -> [TextBlock] {
        var table = LineTable(input)
        let repeated = repeatedLines(table: &table, input: input)
        return table.rewritten.withUnsafeBufferPointer { rewritten in
            func bytes(_ line: Line) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: (line.rewritten ? rewritten : input)[line.start..<line.end])
            }
            var blocks: [TextBlock] = []
            var current = TextBlock()
            func close() {
                if !current.bytes.isEmpty { blocks.append(current) }
                current = TextBlock()
            }
            let lines = table.lines
            for index in lines.indices {
                let entry = lines[index]
                let trimmed = bytes(entry)
                if trimmed.isEmpty || (trimmed.count == 1 && trimmed[0] == 0x0C) { close(); continue }
                // The line as far as it has been changed; nil while it is still `trimmed`.
                var changed: [UInt8]?
                func with<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
                    if let changed { return changed.withUnsafeBufferPointer(body) }
                    return body(trimmed)
                }
                if entry.flags & Flag.formFeed != 0 { changed = Self.trim(trimmed.filter { $0 != 0x0C }) }
                if entry.flags & Flag.digit != 0, with({ Self.isPageNumber($0) }) { continue }
                if !repeated.isEmpty {
                    // A candidate whose digest occurs too rarely cannot be a repeated line.
                    let mayRepeat = changed != nil || entry.slot < 0 || table.counts[Int(entry.slot)] >= repeatedLineThreshold
                    if mayRepeat, with({ repeated.contains(LineKey(line: Array($0))) }) { continue }
                }
                if with({ $0.first == UInt8(ascii: "#") }) {
                    let heading = with { Self.trim(Array($0.drop { $0 == UInt8(ascii: "#") })) }
                    close()
                    current.lineStarts.append(.init(offset: 0, line: index + 1))
                    current.bytes = Self.removeFootnoteMarkers(heading)
                    close()
                    continue
                }
                var startsBlock = entry.flags & Flag.field != 0
                if let stripped = with({ Self.stripBullet($0) }) { changed = stripped; startsBlock = true }
                if entry.flags & Flag.c2 != 0 { changed = Self.removeInnerSoftHyphens(changed ?? Array(trimmed)) }
                if entry.flags & Flag.footnote != 0, let removed = with({ Self.footnotesRemoved($0) }) { changed = removed }
                if with({ $0.isEmpty }) { continue }
                if startsBlock { close() }
                let isHeading = current.bytes.isEmpty
                    && with { Self.isHeading($0, next: index + 1 < lines.count ? bytes(lines[index + 1]) : UnsafeBufferPointer(start: nil, count: 0)) }
                with { append($0, lineNumber: index + 1, to: &current) }
                if isHeading { close() }
            }
            close()
            return blocks
        }
    }

    /// The input's lines, trimmed, each found with one pass over its bytes, and the digests of
    /// the short lines that may be page headers or footers, counted.
    struct LineTable {
        var lines: [Line] = []
        /// The lines whose inner spaces trimming changed (a tab, a no-break space, two spaces).
        var rewritten: [UInt8] = []
        /// Open addressing: a digest (never 0) and how many candidate lines have it.
        var digests: [UInt64]
        var counts: [Int]

        init(_ input: UnsafeBufferPointer<UInt8>) {
            var capacity = 64
            while capacity < input.count / 16 { capacity *= 2 }
            digests = Array(repeating: 0, count: capacity)
            counts = Array(repeating: 0, count: capacity)
            lines.reserveCapacity(input.count / 48 + 1)
            guard let base = input.baseAddress else { return }
            var start = 0
            while start < input.count {
                var end = input.count
                if let found = memchr(base + start, 0x0A, input.count - start) { end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) }
                add(input, start, end > start && input[end - 1] == 0x0D ? end - 1 : end)
                start = end + 1
            }
        }

        mutating func add(_ input: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ lineEnd: Int) {
            var start = lineStart, end = lineEnd
            while start < end {
                if TextNormaliser.isSpace(input[start]) { start += 1 } else if start + 1 < lineEnd, input[start] == 0xC2, input[start + 1] == 0xA0 { start += 2 } else { break }
            }
            while end > start && TextNormaliser.isSpace(input[end - 1]) { end -= 1 }
            var (flags, doubleSpace) = Self.scan(UnsafeBufferPointer(rebasing: input[start..<end]))
            let field = doubleSpace || flags & Flag.tab != 0 ? TextNormaliser.isField(UnsafeBufferPointer(rebasing: input[start..<end])) : false
            if doubleSpace || flags & (Flag.tab | Flag.c2) != 0 {
                let trimmed = TextNormaliser.trim(Array(input[lineStart..<lineEnd]))
                let offset = rewritten.count
                rewritten += trimmed
                flags = trimmed.withUnsafeBufferPointer { Self.scan($0).flags }
                lines.append(Line(start: offset, end: rewritten.count, rewritten: true, flags: flags | (field ? Flag.field : 0),
                                  slot: trimmed.withUnsafeBufferPointer { slot($0, flags) }))
            } else {
                lines.append(Line(start: start, end: end, rewritten: false, flags: flags, slot: slot(UnsafeBufferPointer(rebasing: input[start..<end]), flags)))
            }
        }

        /// The flags of the bytes, and whether two spaces follow each other.
        static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (flags: UInt8, doubleSpace: Bool) {
            Flag.table.withUnsafeBufferPointer { table in
                var flags: UInt8 = 0
                var previous: UInt8 = 0
                var doubleSpace = false
                for byte in bytes {
                    flags |= table[Int(byte)]
                    if byte == 0x20 && previous == 0x20 { doubleSpace = true }
                    previous = byte
                }
                return (flags, doubleSpace)
            }
        }

        /// Counts a header candidate's sketch and gives its slot, or -1. The sketch is the same
        /// for lines with the same `TextNormaliser.key` (lower-cased, digits left out): it is made
        /// of the key's length and its first and last eight bytes, so a line is not read whole;
        /// lines that merely share a sketch are told apart later by their keys.
        mutating func slot(_ line: UnsafeBufferPointer<UInt8>, _ flags: UInt8) -> Int32 {
            guard line.count >= 4, line.count <= 90, flags & Flag.letter != 0 else { return -1 }
            let digits = flags & Flag.digit == 0 ? 0 : line.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) }
            var digest = Self.sketch(line, keyLength: line.count - digits)
            if digest == 0 { digest = 1 }
            let mask = digests.count - 1
            var slot = Int(truncatingIfNeeded: digest) & mask
            while digests[slot] != 0 && digests[slot] != digest { slot = (slot + 1) & mask }
            if digests[slot] == 0 {
                if (lines.count + 1) * 2 > digests.count { grow(); return self.slot(line, flags) }
                digests[slot] = digest
            }
            counts[slot] += 1
            return Int32(slot)
        }

        static func sketch(_ line: UnsafeBufferPointer<UInt8>, keyLength: Int) -> UInt64 {
            var head: UInt64 = 0, tail: UInt64 = 0
            var taken = 0, index = 0
            while index < line.count && taken < 8 {
                let byte = line[index]
                index += 1
                if byte >= 0x30 && byte <= 0x39 { continue }
                head = head << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                taken += 1
            }
            taken = 0
            index = line.count - 1
            while index >= 0 && taken < 8 {
                let byte = line[index]
                index -= 1
                if byte >= 0x30 && byte <= 0x39 { continue }
                tail = tail << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                taken += 1
            }
            var mixed = (head &* 0x9E37_79B9_7F4A_7C15) ^ (tail &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(keyLength)
            mixed ^= mixed >> 29
            return mixed &* 0xBF58_476D_1CE4_E5B9
        }

        /// Doubles the digest table; the slots already handed out are remapped.
        mutating func grow() {
            let oldDigests = digests, oldCounts = counts
            digests = Array(repeating: 0, count: oldDigests.count * 2)
            counts = Array(repeating: 0, count: oldDigests.count * 2)
            let mask = digests.count - 1
            var moved = [Int32](repeating: -1, count: oldDigests.count)
            for old in oldDigests.indices where oldDigests[old] != 0 {
                var slot = Int(truncatingIfNeeded: oldDigests[old]) & mask
                while digests[slot] != 0 { slot = (slot + 1) & mask }
                digests[slot] = oldDigests[old]
                counts[slot] = oldCounts[old]
                moved[old] = Int32(slot)
            }
            for index in lines.indices where lines[index].slot >= 0 { lines[index].slot = moved[Int(lines[index].slot)] }
        }
    }

    /// The exact keys of the candidate lines whose digest occurs often enough.
    func repeatedLines(table: inout LineTable, input: UnsafeBufferPointer<UInt8>) -> Set<LineKey> {
        guard table.counts.contains(where: { $0 >= repeatedLineThreshold }) else { return [] }
        var counts: [LineKey: Int] = [:]
        table.rewritten.withUnsafeBufferPointer { rewritten in
            for line in table.lines where line.slot >= 0 && table.counts[Int(line.slot)] >= repeatedLineThreshold {
                let bytes = (line.rewritten ? rewritten : input)[line.start..<line.end]
                counts[LineKey(line: Array(bytes)), default: 0] += 1
            }
        }
        return Set(counts.filter { $0.value >= repeatedLineThreshold }.map(\.key))
    }

    /// Appends a line to a paragraph, joining a word hyphenated across the line end.
    func append<Bytes: RandomAccessCollection<UInt8>>(_ line: Bytes, lineNumber: Int, to block: inout TextBlock) where Bytes.Index == Int {
        guard !block.bytes.isEmpty else {
            block.lineStarts.append(.init(offset: 0, line: lineNumber))
            block.bytes.append(contentsOf: line)
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
        block.bytes.append(contentsOf: line)
    }

    static let space: [UInt8] = [0x20]

    /// A line compared by its `key` without building it: hashed once (FNV-1a over the key's
    /// bytes), compared byte by byte only when the digests agree.
    struct LineKey: Hashable {
        let line: [UInt8]
        let digest: UInt64

        init(line: [UInt8]) {
            self.line = line
            self.digest = line.withUnsafeBufferPointer(Self.digest)
        }

        static func digest<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> UInt64 {
            var digest: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes where !(byte >= 0x30 && byte <= 0x39) {
                digest = (digest ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* 0x100_0000_01b3
            }
            return digest
        }

        static func == (left: LineKey, right: LineKey) -> Bool {
            guard left.digest == right.digest else { return false }
            return left.line == right.line || TextNormaliser.key(left.line) == TextNormaliser.key(right.line)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    }

    /// Longest label of a key-facts field.
    static let fieldLabelLength = 30

    /// A field of a key-facts block, as catalogues and fact boxes lay them out: a short label,
    /// a colon, then the value after two or more spaces or a tab ("Periode:      2012 - 2014").
    /// Such a line opens its own paragraph, so one field's words are not read as another's.
    static func isField(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first, isLetterByte(first) else { return false }
        var index = 1
        while index < line.count && index <= fieldLabelLength {
            let byte = line[index]
            if byte == UInt8(ascii: ":") {
                guard index + 2 < line.count else { return false }
                return line[index + 1] == 0x09 || (line[index + 1] == 0x20 && (line[index + 2] == 0x20 || line[index + 2] == 0x09))
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") { return false }
            index += 1
        }
        return false
    }

    /// Longest line taken for a heading when it opens a paragraph without final punctuation.
    static let headingLength = 60

    /// A short line opening a paragraph, without final punctuation, followed by a line that
    /// begins with a capital letter or a digit: a heading, not the start of a wrapped sentence.
    static func isHeading<Line: RandomAccessCollection<UInt8>, Next: RandomAccessCollection<UInt8>>(_ line: Line, next: Next) -> Bool
        where Line.Index == Int, Next.Index == Int {
        guard line.count <= headingLength, let last = line.last, !".,;:!?-–(".utf8.contains(last), hasLetter(line),
              let first = next.first else { return false }
        let uppercase = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
            || (first == 0xC3 && next.count > 1 && next[1] >= 0x80 && next[1] <= 0x9E)
        return uppercase
    }

    // MARK: Byte helpers

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

    static func hasLetter<Bytes: RandomAccessCollection<UInt8>>(_ line: Bytes) -> Bool { line.contains(where: isLetterByte) }

    static func isLetterByte(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0xC3 }

    /// "12", "- 12 -", "Side 3", "side 3 af 20", "3/20", "[12]", "s. 4".
    static func isPageNumber<Bytes: RandomAccessCollection<UInt8>>(_ line: Bytes) -> Bool {
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
    static func stripBullet<Bytes: RandomAccessCollection<UInt8>>(_ line: Bytes) -> [UInt8]? where Bytes.Index == Int {
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
    static func removeFootnoteMarkers(_ line: [UInt8]) -> [UInt8] { footnotesRemoved(line) ?? line }

    /// The line without its footnote markers, or nil when it has none. The line is copied only
    /// from its first marker on; most lines (a year, a count) have none.
    static func footnotesRemoved<Bytes: RandomAccessCollection<UInt8>>(_ line: Bytes) -> [UInt8]? where Bytes.Index == Int {
        var out: [UInt8]?
        var index = 0
        while index < line.count {
            let byte = line[index]
            // Only these bytes can begin a marker (`footnoteMarkerLength`).
            guard (byte >= 0x30 && byte <= 0x39) || byte == 0xC2 || byte == 0xE2 || byte == UInt8(ascii: "[") else {
                out?.append(byte)
                index += 1
                continue
            }
            let skip = footnoteMarkerLength(line, at: index) {
                // Before the first marker the output so far is the line itself.
                if let out { lowercaseLettersBefore(out, end: out.count) } else { lowercaseLettersBefore(line, end: index) }
            }
            if skip > 0 {
                if out == nil {
                    out = Array(line[..<index])
                    out?.reserveCapacity(line.count)
                }
                index += skip
                continue
            }
            out?.append(byte)
            index += 1
        }
        return out
    }

    /// The length of the footnote marker at `index`, or 0: a superscript digit, "[12]", or one
    /// or two digits after three lower-case letters and before a space or punctuation.
    /// `lettersBefore` counts the lower-case letters the output ends with; it is asked only at a digit.
    static func footnoteMarkerLength<Bytes: RandomAccessCollection<UInt8>>(_ line: Bytes, at index: Int, lettersBefore: () -> Int) -> Int where Bytes.Index == Int {
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

    static func footnoteBracketEnd<Bytes: RandomAccessCollection<UInt8>>(_ line: Bytes, _ start: Int) -> Int? where Bytes.Index == Int {
        var index = start + 1
        while index < line.count && index - start <= 3 && line[index] >= 0x30 && line[index] <= 0x39 { index += 1 }
        return index > start + 1 && index < line.count && line[index] == UInt8(ascii: "]") ? index : nil
    }

    /// How many lower-case letters (ASCII or æ ø å é …) end `bytes[..<end]`.
    static func lowercaseLettersBefore<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, end: Int) -> Int where Bytes.Index == Int {
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

    static func startsLowercase<Bytes: RandomAccessCollection<UInt8>>(_ line: Bytes) -> Bool where Bytes.Index == Int {
        guard let first = line.first else { return false }
        if first >= 0x61 && first <= 0x7A { return true }
        return first == 0xC3 && line.count > 1 && line[1] >= 0xA0 && line[1] <= 0xBF
    }

    static func firstWord<Bytes: RandomAccessCollection<UInt8>>(_ line: Bytes) -> [UInt8] {
        Array(line.prefix { $0 != 0x20 && $0 != 0x2C && $0 != 0x2E })
    }
}
