/// Machine-codes the core problems and system challenges a record addresses (section 5.2,
/// figures 10 and 11) from its purpose and method text, with the cue phrases of
/// `codebook/problems.json` that matched as evidence. Only the machine slot is filled; a person's
/// code is never touched, and nothing is coded where no cue phrase occurs.
public struct ProblemCoder: Sendable {
    let order: [String]
    let matcher: PhraseMatcher
    let owners: [String]

    public init(codebook: Codebook) {
        let types = codebook.problems.entries.flatMap(\.children)
        order = types.map(\.id)
        let pairs = types.flatMap { entry in entry.synonyms.map { ($0, entry.id) } }
        matcher = PhraseMatcher(phrases: pairs.map(\.0))
        owners = pairs.map(\.1)
    }

    /// The record with a fresh machine code for its problems.
    public func code(_ record: ProjectRecord) -> ProjectRecord {
        var coded = record
        coded.problems = record.problems.withMachineCode(problems(record))
        return coded
    }

    func problems(_ record: ProjectRecord) -> Code<[String]>? {
        var evidence: [Evidence] = []
        var found: Set<String> = []
        for (field, text) in [("purpose", record.purpose ?? ""), ("method", record.method ?? "")] where !text.isEmpty {
            let utf8 = Array(text.utf8)
            var phrases: [String] = []
            for match in matcher.matches(in: text) {
                let phrase = String(decoding: utf8[match.start..<match.end], as: UTF8.self)
                found.insert(owners[match.phrase])
                let quoted = "\(owners[match.phrase]): \"\(phrase)\""
                if !phrases.contains(quoted) { phrases.append(quoted) }
            }
            if !phrases.isEmpty { evidence.append(Evidence(text: "\(field): " + phrases.joined(separator: ", "))) }
        }
        guard !found.isEmpty else { return nil }
        return Code(value: order.filter(found.contains), coder: Code<[String]>.machineCoder, evidence: evidence)
    }
}
