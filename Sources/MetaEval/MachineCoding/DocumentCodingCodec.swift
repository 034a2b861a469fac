/// Writes a `DocumentCoding` as compact bytes and reads it back unchanged, so the per-document
/// cache can hand a run the coding of an unchanged document without coding it again — at
/// 10,000 documents a run reads back 70 MB of codings, which parsed as JSON cost seconds.
///
/// The layout: a magic line, a table of the entry's distinct strings (an evidence sentence is
/// often used by several decisions), then the fields in a fixed order as variable-length
/// integers, strings as table indexes. Reading is strict: anything that is not exactly what
/// `encode` writes gives nil, and the caller codes afresh.
public enum DocumentCodingCodec {
    static let magic: [UInt8] = Array("metaeval-coding 2\n".utf8)

    public static func encode(_ coding: DocumentCoding) -> [UInt8] {
        var body = Encoder()
        body.string(coding.source)
        body.optional(coding.title) { $0.string($1) }
        body.optional(coding.period) { $0.int($1.start); $0.int($1.end) }
        body.optional(coding.participants) { $0.int($1) }
        body.optional(coding.ageGroup) { $0.string($1) }
        body.optional(coding.disabilityType) { $0.string($1) }
        body.evidence(coding.purpose)
        body.optional(coding.documentKind) { $0.string($1) }
        body.int(coding.criteria.count)
        for criterion in coding.criteria {
            body.string(criterion.id)
            body.int(criterion.met.map { $0 ? 1 : 0 } ?? 2)
            body.evidence(criterion.evidence)
            body.flag(criterion.reason != nil)
            if let reason = criterion.reason { body.note(reason) }
        }
        body.string(coding.inclusion.rawValue)
        body.optionalString(coding.failingCriterion)
        body.optional(coding.importance) { $0.string($1) }
        body.int(coding.questions.count)
        for question in coding.questions {
            body.string(question.id)
            body.flag(question.answered)
            body.flag(question.evidence != nil)
            if let evidence = question.evidence { body.evidence(evidence) }
        }
        body.optional(coding.implementability) { $0.string($1) }
        body.optional(coding.documentation) { $0.string($1) }
        body.optionalString(coding.knowledgeLevel)
        body.int(coding.statements.count)
        for statement in coding.statements {
            body.string(statement.text)
            body.int(statement.line)
            body.int(statement.links.count)
            for link in statement.links { body.string(link.from); body.string(link.to) }
        }
        let notes = coding.notes.sorted { $0.key < $1.key }
        body.int(notes.count)
        for (field, note) in notes { body.string(field); body.note(note) }
        body.int(coding.warnings.count)
        for warning in coding.warnings { body.optionalInt(warning.line); body.string(warning.message) }
        body.int(coding.sentenceCount)

        var bytes = magic
        Encoder.varint(UInt64(body.table.count), into: &bytes)
        for string in body.table {
            Encoder.varint(UInt64(string.utf8.count), into: &bytes)
            bytes.append(contentsOf: string.utf8)
        }
        bytes.append(contentsOf: body.bytes)
        return bytes
    }

    public static func decode(_ bytes: [UInt8]) -> DocumentCoding? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Decoder(buffer)
            return try? reader.coding()
        }
    }

    /// Fields as variable-length integers; strings once each in a table, then by index.
    private struct Encoder {
        var bytes: [UInt8] = []
        var table: [String] = []
        var indexes: [String: Int] = [:]

        static func varint(_ value: UInt64, into bytes: inout [UInt8]) {
            var value = value
            while value >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }

        mutating func int(_ value: Int) {
            let zigzag = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
            Self.varint(zigzag, into: &bytes)
        }

        mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

        mutating func string(_ value: String) {
            if let index = indexes[value] { return int(index) }
            indexes[value] = table.count
            int(table.count)
            table.append(value)
        }

        mutating func optionalString(_ value: String?) {
            flag(value != nil)
            if let value { string(value) }
        }

        mutating func optionalInt(_ value: Int?) {
            flag(value != nil)
            if let value { int(value) }
        }

        mutating func evidence(_ evidence: Evidence) {
            string(evidence.text)
            optionalString(evidence.source)
            optionalInt(evidence.line)
        }

        mutating func evidence(_ list: [Evidence]) {
            int(list.count)
            for item in list { evidence(item) }
        }

        mutating func note(_ note: CodingNote) {
            string(note.key)
            int(note.arguments.count)
            for argument in note.arguments { string(argument) }
        }

        mutating func optional<V>(_ code: Code<V>?, _ value: (inout Encoder, V) -> Void) {
            flag(code != nil)
            guard let code else { return }
            value(&self, code.value)
            string(code.coder)
            optionalString(code.note)
            evidence(code.evidence)
        }
    }

    /// Reads what `Encoder` wrote; any mismatch throws.
    private struct Decoder {
        struct Mismatch: Error {}
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var table: [String] = []

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func varint() throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while position < bytes.count, shift < 64 {
                let byte = bytes[position]
                position += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
            throw Mismatch()
        }

        mutating func int() throws -> Int {
            let zigzag = try varint()
            return Int(truncatingIfNeeded: Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
        }

        mutating func count() throws -> Int {
            let value = try int()
            guard value >= 0, value <= bytes.count - position else { throw Mismatch() }
            return value
        }

        /// A table size or string length, written as a plain variable-length integer.
        mutating func length() throws -> Int {
            let value = try varint()
            guard value <= UInt64(bytes.count - position) else { throw Mismatch() }
            return Int(value)
        }

        mutating func flag() throws -> Bool {
            guard position < bytes.count, bytes[position] <= 1 else { throw Mismatch() }
            defer { position += 1 }
            return bytes[position] == 1
        }

        mutating func string() throws -> String {
            let index = try int()
            guard table.indices.contains(index) else { throw Mismatch() }
            return table[index]
        }

        mutating func optionalString() throws -> String? { try flag() ? try string() : nil }
        mutating func optionalInt() throws -> Int? { try flag() ? try int() : nil }

        mutating func evidence() throws -> Evidence {
            Evidence(text: try string(), source: try optionalString(), line: try optionalInt())
        }

        mutating func evidenceList() throws -> [Evidence] {
            try (0..<count()).map { _ in try evidence() }
        }

        mutating func note() throws -> CodingNote {
            let key = try string()
            return CodingNote(key, try (0..<count()).map { _ in try string() })
        }

        mutating func optional<V>(_ value: (inout Decoder) throws -> V) throws -> Code<V>? {
            guard try flag() else { return nil }
            let read = try value(&self)
            return Code(value: read, coder: try string(), note: try optionalString(), evidence: try evidenceList())
        }

        mutating func readTable() throws {
            let magic = DocumentCodingCodec.magic
            guard bytes.count >= magic.count, bytes.prefix(magic.count).elementsEqual(magic) else { throw Mismatch() }
            position = magic.count
            let strings = try length()
            table.reserveCapacity(strings)
            for _ in 0..<strings {
                let length = try length()
                let slice = UnsafeBufferPointer(rebasing: bytes[position..<(position + length)])
                guard let text = String.validUTF8(slice) else { throw Mismatch() }
                table.append(text)
                position += length
            }
        }

        mutating func coding() throws -> DocumentCoding {
            try readTable()
            var coding = DocumentCoding(source: try string())
            coding.title = try optional { try $0.string() }
            coding.period = try optional { Period(start: try $0.int(), end: try $0.int()) }
            coding.participants = try optional { try $0.int() }
            coding.ageGroup = try optional { try $0.string() }
            coding.disabilityType = try optional { try $0.string() }
            coding.purpose = try evidenceList()
            coding.documentKind = try optional { try $0.string() }
            coding.criteria = try (0..<count()).map { _ in
                let id = try string()
                let met: Bool?
                switch try int() {
                case 0: met = false
                case 1: met = true
                case 2: met = nil
                default: throw Mismatch()
                }
                return DocumentCoding.Criterion(id: id, met: met, evidence: try evidenceList(), reason: try flag() ? try note() : nil)
            }
            guard let inclusion = DocumentCoding.Inclusion(rawValue: try string()) else { throw Mismatch() }
            coding.inclusion = inclusion
            coding.failingCriterion = try optionalString()
            coding.importance = try optional { try $0.string() }
            coding.questions = try (0..<count()).map { _ in
                DocumentCoding.Question(id: try string(), answered: try flag(), evidence: try flag() ? try evidence() : nil)
            }
            coding.implementability = try optional { try $0.string() }
            coding.documentation = try optional { try $0.string() }
            coding.knowledgeLevel = try optionalString()
            coding.statements = try (0..<count()).map { _ in
                DocumentCoding.Statement(text: try string(), line: try int(),
                                         links: try (0..<count()).map { _ in StatementLink(from: try string(), to: try string()) })
            }
            for _ in 0..<(try count()) {
                let field = try string()
                coding.notes[field] = try note()
            }
            coding.warnings = try (0..<count()).map { _ in
                DecodedDocument.Warning(line: try optionalInt(), message: try string())
            }
            coding.sentenceCount = try int()
            guard position == bytes.count else { throw Mismatch() }
            return coding
        }
    }
}
