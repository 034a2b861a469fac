/// Turns the JSON of one corpus record into a `ProjectRecord`, checking every field's type and
/// every codebook id against the codebook, and naming the line and field of each problem.
/// A record with errors is still returned where it could be read, so all problems surface together.
public struct RecordDecoder: Sendable {
    public let codebook: Codebook?

    static let topLevelKeys: Set<String> = [
        "id", "kind", "title", "source", "channels", "appendixGroup", "targetGroup", "purpose", "method",
        "organisation", "contact", "period", "participants", "disabilityType", "ageGroup", "methodsUsed", "problems", "relevance",
        "importance", "implementability", "documentation", "inclusion", "documents", "duplicates", "statements", "note",
    ]
    /// Years a project can plausibly have run in.
    public static let plausibleYears = 1950...2100
    /// More participants than this is taken for a typing error.
    public static let maximumParticipants = 1_000_000

    /// The codebook entries each coded field may name, looked up once instead of per record.
    private struct Allowed: Sendable {
        var channels, appendixGroups, disabilityTypes, ageGroups, methods: [CodebookEntry]?
        var importance, implementability, documentation, problems: [CodebookEntry]?

        init(_ codebook: Codebook?) {
            channels = codebook?.descriptiveGroup("channel")?.children
            appendixGroups = codebook?.descriptiveGroup("appendix-group")?.children
            disabilityTypes = codebook?.descriptiveGroup("disability-type")?.children
            ageGroups = codebook?.descriptiveGroup("age-group")?.children
            methods = codebook?.descriptiveGroup("method")?.children
            importance = codebook?.importance.entries
            implementability = codebook?.implementability.entries
            documentation = codebook?.documentation.entries
            problems = codebook?.problems.entries.flatMap(\.children)
        }
    }

    private let allowed: Allowed

    public init(codebook: Codebook?) {
        self.codebook = codebook
        allowed = Allowed(codebook)
    }

    public func decode(_ bytes: [UInt8], file: String) -> (ProjectRecord?, [Diagnostic]) {
        if let problem = TextProblems.binaryOrEncoding(bytes) {
            return (nil, [.error(file, line: problem.line, problem.message)])
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return (nil, [.error(file, line: error.line, "invalid JSON at column \(error.column): \(error.message)")])
        }
        var reader = JSONReader(file: file)
        let record = decode(value, reader: &reader)
        return (record, reader.diagnostics)
    }

    func decode(_ value: JSONValue, reader: inout JSONReader) -> ProjectRecord? {
        guard let members = reader.object(value, "") else { return nil }
        reader.rejectUnknownKeys(members, known: Self.topLevelKeys, "")
        let id = reader.required(members, "id", "", line: value.line).flatMap { reader.string($0, "id", allowEmpty: false) }
        let title = reader.required(members, "title", "", line: value.line).flatMap { reader.string($0, "title", allowEmpty: false) }
        let source = reader.required(members, "source", "", line: value.line).flatMap { decodeSource($0, reader: &reader) }
        if let id, let idValue = members["id"], !CodebookLoader.isValidId(id) {
            reader.fail(idValue, "id", "invalid id \"\(id)\"; expected lower-case letters, digits and hyphens")
        }
        var record = ProjectRecord(id: id ?? "", title: title ?? "", source: source ?? .init(citation: ""))
        if let kind = members["kind"], let text = reader.string(kind, "kind") {
            if let parsed = ProjectRecord.Kind(rawValue: text) { record.kind = parsed } else {
                reader.fail(kind, "kind", "expected \"project\" or \"analysis\", found \"\(text)\"")
            }
        }
        record.channels = members["channels"].flatMap { reader.strings($0, "channels") } ?? []
        checkIds(record.channels, in: allowed.channels, members["channels"], "channels", reader: &reader)
        record.appendixGroup = optionalString(members, "appendixGroup", reader: &reader)
        if let group = record.appendixGroup {
            checkIds([group], in: allowed.appendixGroups, members["appendixGroup"], "appendixGroup", reader: &reader)
        }
        record.targetGroup = optionalString(members, "targetGroup", reader: &reader)
        record.purpose = optionalString(members, "purpose", reader: &reader)
        record.method = optionalString(members, "method", reader: &reader)
        record.organisation = optionalString(members, "organisation", reader: &reader)
        record.contact = optionalString(members, "contact", reader: &reader)
        record.period = coded(members, "period", reader: &reader) { value, path, reader in decodePeriod(value, path, reader: &reader) }
        record.participants = coded(members, "participants", reader: &reader) { value, path, reader in
            reader.integer(value, path, in: 1...Self.maximumParticipants)
        }
        record.disabilityType = codedId(members, "disabilityType", allowed.disabilityTypes, reader: &reader)
        record.ageGroup = codedId(members, "ageGroup", allowed.ageGroups, reader: &reader)
        record.importance = codedId(members, "importance", allowed.importance, reader: &reader)
        record.implementability = codedId(members, "implementability", allowed.implementability, reader: &reader)
        record.documentation = codedId(members, "documentation", allowed.documentation, reader: &reader)
        record.methodsUsed = codedIds(members, "methodsUsed", allowed.methods, reader: &reader)
        record.problems = codedIds(members, "problems", allowed.problems, reader: &reader)
        record.relevance = coded(members, "relevance", reader: &reader) { value, path, reader in reader.bool(value, path) }
        if record.kind == .project, record.relevance.isCoded, let value = members["relevance"] {
            reader.fail(value, "relevance", "relevance is screened for analyses only; a project is screened by the inclusion criteria")
        }
        if let inclusion = members["inclusion"], let criteria = reader.object(inclusion, "inclusion") {
            for criterion in criteria {
                let path = "inclusion.\(criterion.key)"
                if let known = codebook?.criteria, known[criterion.key] == nil {
                    reader.fail(criterion.value, path, "unknown inclusion criterion; expected one of: \(known.ids.joined(separator: ", "))", line: criterion.line)
                    continue
                }
                record.inclusion[criterion.key] = decodeCoded(criterion.value, path, reader: &reader) { value, path, reader in
                    value.isNull ? nil : reader.bool(value, path)
                }
            }
        }
        record.documents = members["documents"].flatMap { reader.strings($0, "documents") } ?? []
        for (index, document) in record.documents.enumerated() {
            if let problem = DocumentPath.problem(document) {
                reader.fail(members["documents"], "documents[\(index)]", problem)
            }
        }
        record.duplicates = members["duplicates"].flatMap { reader.strings($0, "duplicates") } ?? []
        if let statements = members["statements"], let elements = reader.array(statements, "statements") {
            var seen: Set<String> = []
            for (index, element) in elements.enumerated() {
                guard let statement = decodeStatement(element, "statements[\(index)]", reader: &reader) else { continue }
                if !seen.insert(statement.id).inserted {
                    reader.fail(element, "statements[\(index)].id", "duplicate statement id \"\(statement.id)\"")
                }
                record.statements.append(statement)
            }
        }
        return record
    }

    private func optionalString(_ members: [JSONMember], _ key: String, reader: inout JSONReader) -> String? {
        guard let value = members[key], !value.isNull else { return nil }
        return reader.string(value, key)
    }

    private func decodeSource(_ value: JSONValue, reader: inout JSONReader) -> ProjectRecord.Source? {
        guard let members = reader.object(value, "source") else { return nil }
        reader.rejectUnknownKeys(members, known: ["citation", "appendix", "number", "url"], "source")
        guard let citation = reader.required(members, "citation", "source", line: value.line)
            .flatMap({ reader.string($0, "source.citation", allowEmpty: false) }) else { return nil }
        var source = ProjectRecord.Source(citation: citation)
        source.appendix = members["appendix"].flatMap { reader.integer($0, "source.appendix", in: 1...99) }
        source.number = members["number"].flatMap { reader.integer($0, "source.number", in: 1...100_000) }
        return source
    }

    private func decodePeriod(_ value: JSONValue, _ path: String, reader: inout JSONReader) -> Period? {
        guard let members = reader.object(value, path) else { return nil }
        reader.rejectUnknownKeys(members, known: ["start", "end"], path)
        let start = reader.required(members, "start", path, line: value.line).flatMap { reader.integer($0, "\(path).start", in: Self.plausibleYears) }
        let end = reader.required(members, "end", path, line: value.line).flatMap { reader.integer($0, "\(path).end", in: Self.plausibleYears) }
        guard let start, let end else { return nil }
        if end < start {
            reader.fail(value, path, "the period ends (\(end)) before it starts (\(start))")
            return nil
        }
        return Period(start: start, end: end)
    }

    private func coded<V>(_ members: [JSONMember], _ key: String, reader: inout JSONReader,
                          _ decodeValue: (JSONValue, String, inout JSONReader) -> V?) -> Coded<V> {
        guard let value = members[key], !value.isNull else { return .notCoded }
        return decodeCoded(value, key, reader: &reader, decodeValue)
    }

    private func codedId(_ members: [JSONMember], _ key: String, _ allowed: [CodebookEntry]?, reader: inout JSONReader) -> Coded<String> {
        coded(members, key, reader: &reader) { value, path, reader in
            guard let id = reader.string(value, path) else { return nil }
            return checkIds([id], in: allowed, value, path, reader: &reader) ? id : nil
        }
    }

    private func codedIds(_ members: [JSONMember], _ key: String, _ allowed: [CodebookEntry]?, reader: inout JSONReader) -> Coded<[String]> {
        coded(members, key, reader: &reader) { value, path, reader in
            guard let ids = reader.strings(value, path) else { return nil }
            return checkIds(ids, in: allowed, value, path, reader: &reader) ? ids : nil
        }
    }

    @discardableResult
    private func checkIds(_ ids: [String], in allowed: [CodebookEntry]?, _ value: JSONValue?, _ path: String, reader: inout JSONReader) -> Bool {
        guard let allowed else { return true }
        var ok = true
        for id in ids where !allowed.contains(where: { $0.id == id }) {
            reader.fail(value, path, "unknown id \"\(id)\"; expected one of: \(allowed.map(\.id).joined(separator: ", "))")
            ok = false
        }
        return ok
    }

    func decodeCoded<V>(_ value: JSONValue, _ path: String, reader: inout JSONReader,
                        _ decodeValue: (JSONValue, String, inout JSONReader) -> V?) -> Coded<V> {
        guard let members = reader.object(value, path) else { return .notCoded }
        reader.rejectUnknownKeys(members, known: ["machine", "human"], path)
        var result = Coded<V>()
        for slot in ["machine", "human"] {
            guard let codeValue = members[slot], !codeValue.isNull else { continue }
            let codePath = "\(path).\(slot)"
            guard let codeMembers = reader.object(codeValue, codePath) else { continue }
            reader.rejectUnknownKeys(codeMembers, known: ["value", "coder", "note", "evidence"], codePath)
            let coder = reader.required(codeMembers, "coder", codePath, line: codeValue.line).flatMap { reader.string($0, "\(codePath).coder", allowEmpty: false) }
            if let coder, (slot == "machine") != (coder == Code<V>.machineCoder) {
                reader.fail(codeMembers["coder"], "\(codePath).coder", slot == "machine"
                    ? "a machine code must have coder \"machine\", found \"\(coder)\""
                    : "a human code needs the coder's initials, not \"machine\"")
            }
            guard let raw = reader.required(codeMembers, "value", codePath, line: codeValue.line),
                  let decoded = decodeValue(raw, "\(codePath).value", &reader), let coder else { continue }
            let note = codeMembers["note"].flatMap { reader.string($0, "\(codePath).note") }
            let evidence = codeMembers["evidence"].map { decodeEvidence($0, "\(codePath).evidence", reader: &reader) } ?? []
            let code = Code(value: decoded, coder: coder, note: note, evidence: evidence)
            if slot == "machine" { result.machine = code } else { result.human = code }
        }
        return result
    }

    private func decodeEvidence(_ value: JSONValue, _ path: String, reader: inout JSONReader) -> [Evidence] {
        guard let elements = reader.array(value, path) else { return [] }
        var result: [Evidence] = []
        for (index, element) in elements.enumerated() {
            let itemPath = "\(path)[\(index)]"
            if case .string(let text, _) = element { result.append(Evidence(text: text)); continue }
            guard let members = reader.object(element, itemPath) else { continue }
            reader.rejectUnknownKeys(members, known: ["text", "source", "line"], itemPath)
            guard let text = reader.required(members, "text", itemPath, line: element.line).flatMap({ reader.string($0, "\(itemPath).text") }) else { continue }
            let source = members["source"].flatMap { reader.string($0, "\(itemPath).source") }
            let line = members["line"].flatMap { reader.integer($0, "\(itemPath).line", in: 1...Int(Int32.max)) }
            result.append(Evidence(text: text, source: source, line: line))
        }
        return result
    }

    private func decodeStatement(_ value: JSONValue, _ path: String, reader: inout JSONReader) -> ExperienceStatement? {
        guard let members = reader.object(value, path) else { return nil }
        reader.rejectUnknownKeys(members, known: ["id", "coder", "excerpt", "source", "line", "links", "note"], path)
        let id = reader.required(members, "id", path, line: value.line).flatMap { reader.string($0, "\(path).id", allowEmpty: false) }
        let coder = reader.required(members, "coder", path, line: value.line).flatMap { reader.string($0, "\(path).coder", allowEmpty: false) }
        let excerpt = reader.required(members, "excerpt", path, line: value.line).flatMap { reader.string($0, "\(path).excerpt", allowEmpty: false) }
        let source = members["source"].flatMap { reader.string($0, "\(path).source") }
        let line = members["line"].flatMap { reader.integer($0, "\(path).line", in: 1...Int(Int32.max)) }
        var links: [StatementLink] = []
        if let linksValue = reader.required(members, "links", path, line: value.line), let elements = reader.array(linksValue, "\(path).links") {
            if elements.isEmpty { reader.fail(linksValue, "\(path).links", "a statement needs at least one link") }
            for (index, element) in elements.enumerated() {
                if let link = decodeLink(element, "\(path).links[\(index)]", reader: &reader) { links.append(link) }
            }
        }
        guard let id, let coder, let excerpt else { return nil }
        return ExperienceStatement(id: id, coder: coder, excerpt: excerpt, source: source, line: line, links: links)
    }

    private func decodeLink(_ value: JSONValue, _ path: String, reader: inout JSONReader) -> StatementLink? {
        guard let members = reader.object(value, path) else { return nil }
        reader.rejectUnknownKeys(members, known: ["from", "to"], path)
        let from = reader.required(members, "from", path, line: value.line).flatMap { reader.string($0, "\(path).from", allowEmpty: false) }
        let to = reader.required(members, "to", path, line: value.line).flatMap { reader.string($0, "\(path).to", allowEmpty: false) }
        guard let from, let to else { return nil }
        let link = StatementLink(from: from, to: to)
        guard let codebook else { return link }
        let fromKind = codebook.kind(of: from)
        let toKind = codebook.kind(of: to)
        if fromKind == nil {
            reader.fail(members["from"], "\(path).from", "unknown id \"\(from)\"; expected an activity type or result category id from the codebook")
        }
        if toKind == nil {
            reader.fail(members["to"], "\(path).to", "unknown id \"\(to)\"; expected a result category or effect id from the codebook")
        }
        guard fromKind != nil, toKind != nil else { return nil }
        guard codebook.linkKind(link) != nil else {
            reader.fail(value, path, "a link cannot go from \(fromKind!.rawValue) \"\(from)\" to \(toKind!.rawValue) \"\(to)\"; allowed: activity → category, activity → effect, category → effect, category → category")
            return nil
        }
        return link
    }
}
