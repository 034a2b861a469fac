/// Writes a `DocumentCoding` as JSON and reads it back unchanged, so the per-document cache can
/// hand a run the coding of an unchanged document without coding it again. Reading is strict:
/// anything that is not exactly what `encode` writes gives nil, and the caller codes afresh.
public enum DocumentCodingCodec {
    typealias Node = JSONWriter.Node

    public static func encode(_ coding: DocumentCoding) -> String {
        var members: [(String, Node)] = [("source", .string(coding.source))]
        func optional<V>(_ key: String, _ code: Code<V>?, _ value: (V) -> Node) {
            if let code { members.append((key, RecordEncoder.code(code, value))) }
        }
        optional("title", coding.title) { .string($0) }
        optional("period", coding.period) { .object([("start", .int($0.start)), ("end", .int($0.end))]) }
        optional("participants", coding.participants) { .int($0) }
        optional("ageGroup", coding.ageGroup) { .string($0) }
        optional("disabilityType", coding.disabilityType) { .string($0) }
        members.append(("purpose", .array(coding.purpose.map(RecordEncoder.evidence))))
        optional("documentKind", coding.documentKind) { .string($0) }
        members.append(("criteria", .array(coding.criteria.map { criterion in
            var fields: [(String, Node)] = [("id", .string(criterion.id)), ("met", criterion.met.map(Node.bool) ?? .null),
                                            ("evidence", .array(criterion.evidence.map(RecordEncoder.evidence)))]
            if let reason = criterion.reason { fields.append(("reason", note(reason))) }
            return .object(fields)
        })))
        members.append(("inclusion", .string(coding.inclusion.rawValue)))
        if let failing = coding.failingCriterion { members.append(("failingCriterion", .string(failing))) }
        optional("importance", coding.importance) { .string($0) }
        members.append(("questions", .array(coding.questions.map { question in
            var fields: [(String, Node)] = [("id", .string(question.id)), ("answered", .bool(question.answered))]
            if let evidence = question.evidence { fields.append(("evidence", RecordEncoder.evidence(evidence))) }
            return .object(fields)
        })))
        optional("implementability", coding.implementability) { .string($0) }
        optional("documentation", coding.documentation) { .string($0) }
        if let level = coding.knowledgeLevel { members.append(("knowledgeLevel", .string(level))) }
        members.append(("statements", .array(coding.statements.map { statement in
            .object([("text", .string(statement.text)), ("line", .int(statement.line)),
                     ("links", .array(statement.links.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) }))])
        })))
        members.append(("notes", .object(coding.notes.sorted { $0.key < $1.key }.map { ($0.key, note($0.value)) })))
        members.append(("warnings", .array(coding.warnings.map { warning in
            .object([("line", warning.line.map(Node.int) ?? .null), ("message", .string(warning.message))])
        })))
        members.append(("sentenceCount", .int(coding.sentenceCount)))
        return JSONWriter.renderCompact(.object(members))
    }

    static func note(_ note: CodingNote) -> Node {
        .object([("key", .string(note.key)), ("arguments", .array(note.arguments.map(Node.string)))])
    }

    public static func decode(_ bytes: [UInt8]) -> DocumentCoding? {
        guard let value = try? JSONParser.parse(bytes) else { return nil }
        return try? Reader.coding(value)
    }

    /// Strict field readers; any mismatch throws and the cached entry is ignored.
    private enum Reader {
        struct Mismatch: Error {}

        static func string(_ value: JSONValue?) throws -> String {
            guard case .string(let text, _)? = value else { throw Mismatch() }
            return text
        }

        static func int(_ value: JSONValue?) throws -> Int {
            guard case .number(let number, _, _)? = value, let int = Int(exactly: number) else { throw Mismatch() }
            return int
        }

        static func bool(_ value: JSONValue?) throws -> Bool {
            guard case .bool(let flag, _)? = value else { throw Mismatch() }
            return flag
        }

        static func array(_ value: JSONValue?) throws -> [JSONValue] {
            guard case .array(let items, _)? = value else { throw Mismatch() }
            return items
        }

        static func optionalInt(_ value: JSONValue?) throws -> Int? {
            guard let value, !value.isNull else { return nil }
            return try int(value)
        }

        static func evidence(_ value: JSONValue) throws -> Evidence {
            Evidence(text: try string(value["text"]), source: try value["source"].map { try string($0) }, line: try optionalInt(value["line"]))
        }

        static func code<V>(_ value: JSONValue?, _ read: (JSONValue?) throws -> V) throws -> Code<V>? {
            guard let value else { return nil }
            return Code(value: try read(value["value"]), coder: try string(value["coder"]), note: try value["note"].map { try string($0) },
                        evidence: try value["evidence"].map { try array($0).map(evidence) } ?? [])
        }

        static func note(_ value: JSONValue?) throws -> CodingNote {
            CodingNote(try string(value?["key"]), try array(value?["arguments"]).map { try string($0) })
        }

        static func coding(_ value: JSONValue) throws -> DocumentCoding {
            guard case .object = value else { throw Mismatch() }
            var coding = DocumentCoding(source: try string(value["source"]))
            coding.title = try code(value["title"], string)
            coding.period = try code(value["period"]) { Period(start: try int($0?["start"]), end: try int($0?["end"])) }
            coding.participants = try code(value["participants"], int)
            coding.ageGroup = try code(value["ageGroup"], string)
            coding.disabilityType = try code(value["disabilityType"], string)
            coding.purpose = try array(value["purpose"]).map(evidence)
            coding.documentKind = try code(value["documentKind"], string)
            coding.criteria = try array(value["criteria"]).map { item in
                let met = item["met"]
                return DocumentCoding.Criterion(id: try string(item["id"]), met: met?.isNull == true ? nil : try bool(met),
                                                evidence: try array(item["evidence"]).map(evidence),
                                                reason: try item["reason"].map { try note($0) })
            }
            guard let inclusion = DocumentCoding.Inclusion(rawValue: try string(value["inclusion"])) else { throw Mismatch() }
            coding.inclusion = inclusion
            coding.failingCriterion = try value["failingCriterion"].map { try string($0) }
            coding.importance = try code(value["importance"], string)
            coding.questions = try array(value["questions"]).map { item in
                DocumentCoding.Question(id: try string(item["id"]), answered: try bool(item["answered"]),
                                        evidence: try item["evidence"].map(evidence))
            }
            coding.implementability = try code(value["implementability"], string)
            coding.documentation = try code(value["documentation"], string)
            coding.knowledgeLevel = try value["knowledgeLevel"].map { try string($0) }
            coding.statements = try array(value["statements"]).map { item in
                DocumentCoding.Statement(text: try string(item["text"]), line: try int(item["line"]),
                                         links: try array(item["links"]).map { StatementLink(from: try string($0["from"]), to: try string($0["to"])) })
            }
            guard case .object(let notes, _)? = value["notes"] else { throw Mismatch() }
            for member in notes { coding.notes[member.key] = try note(member.value) }
            coding.warnings = try array(value["warnings"]).map { item in
                DecodedDocument.Warning(line: try optionalInt(item["line"]), message: try string(item["message"]))
            }
            coding.sentenceCount = try int(value["sentenceCount"])
            return coding
        }
    }
}
