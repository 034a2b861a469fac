/// Machine-codes an analysis's relevance (section 4.5, figure 4, step 2: relevance to the
/// meta-evaluation's purpose and target group) from its own words: relevant when its target
/// group, title or purpose names a disability (the disability-type phrases of
/// `descriptives.json`) and its title or purpose names employment (the employment phrases of
/// `effects.json`), with both phrases as evidence. Absent words decide nothing, so the machine
/// never codes "not relevant"; only the machine slot is filled and a person's code always wins.
public struct RelevanceCoder: Sendable {
    let disability: PhraseMatcher
    let employment: PhraseMatcher

    public init(codebook: Codebook) {
        disability = PhraseMatcher(phrases: codebook.descriptiveGroup("disability-type")?.children.flatMap(\.synonyms) ?? [])
        employment = PhraseMatcher(phrases: codebook.effects["employment"]?.synonyms ?? [])
    }

    /// The record with a fresh machine relevance code; projects are returned unchanged.
    public func code(_ record: ProjectRecord) -> ProjectRecord {
        guard record.kind == .analysis else { return record }
        var coded = record
        coded.relevance = record.relevance.withMachineCode(relevance(record))
        return coded
    }

    func relevance(_ record: ProjectRecord) -> Code<Bool>? {
        let target = first(disability, in: [("targetGroup", record.targetGroup), ("title", record.title), ("purpose", record.purpose)])
        let purpose = first(employment, in: [("title", record.title), ("purpose", record.purpose)])
        guard let target, let purpose else { return nil }
        return Code(value: true, coder: Code<Bool>.machineCoder, note: "names a disability target group and an employment purpose",
                    evidence: [Evidence(text: "target group: \(target)"), Evidence(text: "purpose: \(purpose)")])
    }

    /// The first phrase found, as `field: "phrase"`, searching the fields in order.
    func first(_ matcher: PhraseMatcher, in fields: [(String, String?)]) -> String? {
        for (field, text) in fields {
            guard let text, let match = matcher.matches(in: text).first else { continue }
            let phrase = String(decoding: Array(text.utf8)[match.start..<match.end], as: UTF8.self)
            return "\(field): \"\(phrase)\""
        }
        return nil
    }
}
