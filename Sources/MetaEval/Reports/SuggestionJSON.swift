/// `metaeval suggest --format json`: a document's machine coding as the JSON object CONTRACT.md
/// fixes (`source`, `title`, `period`, `participants`, `inclusion`, `implementability`,
/// `documentation`, `knowledgeLevel`, `statements`), plus the evidence of every decision with
/// its line, the failing criterion, importance, age group, disability type, derived links
/// (result → result or effect) and the reader's warnings.
public enum SuggestionJSON {
    typealias Node = JSONWriter.Node

    public static func render(_ coding: DocumentCoding, codebook: Codebook) -> String {
        JSONWriter.render(node(coding, codebook: codebook))
    }

    static func node(_ coding: DocumentCoding, codebook: Codebook) -> Node {
        func optional<V>(_ code: Code<V>?, _ value: (V) -> Node) -> Node { code.map { value($0.value) } ?? .null }
        func evidence(_ list: [Evidence]) -> Node {
            .array(list.map { .object([("text", .string($0.text)), ("line", $0.line.map(Node.int) ?? .null)]) })
        }
        func evidenced<V>(_ code: Code<V>?) -> Node {
            guard let code else { return .null }
            var members: [(String, Node)] = [("evidence", evidence(code.evidence))]
            if let note = code.note { members.append(("note", .string(note))) }
            return .object(members)
        }
        let criteria: [Node] = coding.criteria.map { criterion in
            var members: [(String, Node)] = [("id", .string(criterion.id)), ("met", criterion.met.map(Node.bool) ?? .null),
                                             ("evidence", criterion.evidence.first.map { .string($0.text) } ?? .null),
                                             ("line", criterion.evidence.first?.line.map(Node.int) ?? .null)]
            if let reason = criterion.reason { members.append(("note", .string(reason.text(codebook, .en)))) }
            return .object(members)
        }
        let questions: [Node] = coding.questions.map { question in
            .object([("id", .string(question.id)), ("answered", .bool(question.answered)),
                     ("evidence", question.evidence.map { .string($0.text) } ?? .null),
                     ("line", question.evidence?.line.map(Node.int) ?? .null)])
        }
        var statements: [Node] = []
        var derived: [Node] = []
        for statement in coding.statements {
            for link in statement.links {
                if codebook.kind(of: link.from) == .activity {
                    let category = codebook.kind(of: link.to) == .category ? link.to : nil
                    let target = category.flatMap { codebook.theme(ofCategory: $0)?.id } ?? link.to
                    statements.append(.object([("activity", .string(link.from)), ("target", .string(target)),
                                               ("category", category.map(Node.string) ?? .null),
                                               ("line", .int(statement.line)), ("text", .string(statement.text))]))
                } else {
                    derived.append(.object([("from", .string(link.from)), ("to", .string(link.to)),
                                            ("line", .int(statement.line)), ("text", .string(statement.text))]))
                }
            }
        }
        let period: Node = optional(coding.period) { .object([("start", .int($0.start)), ("end", .int($0.end))]) }
        let documentation: Node = coding.documentation.map { code in
            .object([("level", .string(code.value)), ("evidence", .array(code.evidence.map { .string($0.text) })),
                     ("lines", .array(code.evidence.compactMap(\.line).map(Node.int)))] + (code.note.map { [("note", Node.string($0))] } ?? []))
        } ?? .null
        let implementability: Node = .object([("level", optional(coding.implementability, Node.string)),
                                              ("answered", .int(coding.questions.filter(\.answered).count)),
                                              ("questions", .array(questions))])
        return .object([
            ("source", .string(coding.source)),
            ("title", optional(coding.title, Node.string)),
            ("period", period),
            ("participants", optional(coding.participants, Node.int)),
            ("inclusion", .object([("decision", .string(coding.inclusion.rawValue)),
                                   ("failingCriterion", coding.failingCriterion.map(Node.string) ?? .null),
                                   ("documentKind", optional(coding.documentKind, Node.string)),
                                   ("criteria", .array(criteria))])),
            ("importance", optional(coding.importance, Node.string)),
            ("implementability", implementability),
            ("documentation", documentation),
            ("knowledgeLevel", coding.knowledgeLevel.map(Node.string) ?? .null),
            ("ageGroup", optional(coding.ageGroup, Node.string)),
            ("disabilityType", optional(coding.disabilityType, Node.string)),
            ("purpose", evidence(coding.purpose)),
            ("statements", .array(statements)),
            ("derivedLinks", .array(derived)),
            ("evidence", .object([("title", evidenced(coding.title)), ("period", evidenced(coding.period)),
                                  ("participants", evidenced(coding.participants)), ("importance", evidenced(coding.importance)),
                                  ("implementability", evidenced(coding.implementability)), ("documentKind", evidenced(coding.documentKind)),
                                  ("ageGroup", evidenced(coding.ageGroup)), ("disabilityType", evidenced(coding.disabilityType))])),
            ("warnings", .array(coding.warnings.map { .object([("line", $0.line.map(Node.int) ?? .null), ("message", .string($0.message))]) })),
            ("sentences", .int(coding.sentenceCount)),
        ])
    }
}
