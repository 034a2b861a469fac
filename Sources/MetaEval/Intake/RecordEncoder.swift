/// Writes a `ProjectRecord` as the JSON a person edits: keys in a fixed, documented order,
/// uncoded fields left out. `RecordDecoder` reads back exactly what this writes.
public enum RecordEncoder {
    public typealias Node = JSONWriter.Node

    public static func encode(_ record: ProjectRecord) -> String {
        JSONWriter.render(node(record))
    }

    public static func node(_ record: ProjectRecord) -> Node {
        var members: [(String, Node)] = [
            ("id", .string(record.id)),
            ("kind", .string(record.kind.rawValue)),
            ("title", .string(record.title)),
            ("source", source(record.source)),
            ("channels", .array(record.channels.map(Node.string))),
        ]
        func optional(_ key: String, _ text: String?) {
            if let text { members.append((key, .string(text))) }
        }
        optional("appendixGroup", record.appendixGroup)
        optional("targetGroup", record.targetGroup)
        optional("purpose", record.purpose)
        optional("method", record.method)
        optional("organisation", record.organisation)
        optional("contact", record.contact)
        func add<V>(_ key: String, _ value: Coded<V>, _ encodeValue: (V) -> Node) {
            if value.machine != nil || value.human != nil { members.append((key, coded(value, encodeValue))) }
        }
        add("period", record.period) { .object([("start", .int($0.start)), ("end", .int($0.end))]) }
        add("participants", record.participants) { .int($0) }
        add("disabilityType", record.disabilityType, Node.string)
        add("ageGroup", record.ageGroup, Node.string)
        add("methodsUsed", record.methodsUsed) { .array($0.map(Node.string)) }
        add("problems", record.problems) { .array($0.map(Node.string)) }
        add("relevance", record.relevance, Node.bool)
        add("importance", record.importance, Node.string)
        add("implementability", record.implementability, Node.string)
        add("documentation", record.documentation, Node.string)
        let inclusion = record.inclusion.keys.sorted().compactMap { key -> (String, Node)? in
            guard let value = record.inclusion[key], value.isCoded else { return nil }
            return (key, coded(value, Node.bool))
        }
        members.append(("inclusion", .object(inclusion)))
        members.append(("documents", .array(record.documents.map(Node.string))))
        members.append(("duplicates", .array(record.duplicates.map(Node.string))))
        members.append(("statements", .array(record.statements.map(statement))))
        return .object(members)
    }

    private static func source(_ source: ProjectRecord.Source) -> Node {
        var members: [(String, Node)] = [("citation", .string(source.citation))]
        if let appendix = source.appendix { members.append(("appendix", .int(appendix))) }
        if let number = source.number { members.append(("number", .int(number))) }
        return .object(members)
    }

    static func coded<V>(_ value: Coded<V>, _ encodeValue: (V) -> Node) -> Node {
        var members: [(String, Node)] = []
        if let machine = value.machine { members.append(("machine", code(machine, encodeValue))) }
        if let human = value.human { members.append(("human", code(human, encodeValue))) }
        return .object(members)
    }

    static func code<V>(_ code: Code<V>, _ encodeValue: (V) -> Node) -> Node {
        var members: [(String, Node)] = [("value", encodeValue(code.value)), ("coder", .string(code.coder))]
        if let note = code.note { members.append(("note", .string(note))) }
        if !code.evidence.isEmpty { members.append(("evidence", .array(code.evidence.map(evidence)))) }
        return .object(members)
    }

    static func evidence(_ evidence: Evidence) -> Node {
        var members: [(String, Node)] = [("text", .string(evidence.text))]
        if let source = evidence.source { members.append(("source", .string(source))) }
        if let line = evidence.line { members.append(("line", .int(line))) }
        return .object(members)
    }

    static func statement(_ statement: ExperienceStatement) -> Node {
        var members: [(String, Node)] = [
            ("id", .string(statement.id)), ("coder", .string(statement.coder)), ("excerpt", .string(statement.excerpt)),
        ]
        if let source = statement.source { members.append(("source", .string(source))) }
        if let line = statement.line { members.append(("line", .int(line))) }
        members.append(("links", .array(statement.links.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) })))
        return .object(members)
    }
}
