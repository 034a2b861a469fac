/// Machine-codes what follows from a record's printed text (section 5.1, figures 5, 6 and 8):
/// the age group and disability type from the target group, and the methods used from the
/// method text, each with the words it matched as evidence. Only machine slots are filled;
/// a person's code is never touched, and nothing is coded where no word decides it.
public struct DescriptorCoder: Sendable {
    let ageGroups: [CodebookEntry]
    let disabilityTypes: [CodebookEntry]
    let methods: [CodebookEntry]
    let ageMatcher: PhraseMatcher
    let ageOwners: [String]
    let disabilityMatcher: PhraseMatcher
    let disabilityOwners: [String]
    let methodMatcher: PhraseMatcher
    let methodOwners: [String]

    public init(codebook: Codebook) {
        ageGroups = codebook.descriptiveGroup("age-group")?.children ?? []
        disabilityTypes = codebook.descriptiveGroup("disability-type")?.children ?? []
        methods = codebook.descriptiveGroup("method")?.children ?? []
        func lexicon(_ entries: [CodebookEntry]) -> (PhraseMatcher, [String]) {
            let pairs = entries.flatMap { entry in entry.synonyms.map { ($0, entry.id) } }
            return (PhraseMatcher(phrases: pairs.map(\.0)), pairs.map(\.1))
        }
        (ageMatcher, ageOwners) = lexicon(ageGroups)
        (disabilityMatcher, disabilityOwners) = lexicon(disabilityTypes)
        (methodMatcher, methodOwners) = lexicon(methods)
    }

    /// The record with fresh machine codes for age group, disability type and methods.
    public func code(_ record: ProjectRecord) -> ProjectRecord {
        var coded = record
        let target = record.targetGroup ?? ""
        coded.ageGroup = record.ageGroup.withMachineCode(ageGroup(target))
        coded.disabilityType = record.disabilityType.withMachineCode(disabilityType(target))
        coded.methodsUsed = record.methodsUsed.withMachineCode(methodsUsed(record.method ?? ""))
        return coded
    }

    /// The matched ids with the phrases that matched them, in text order.
    func found(_ text: String, _ matcher: PhraseMatcher, _ owners: [String]) -> [(id: String, phrase: String)] {
        var seen: Set<String> = []
        var result: [(String, String)] = []
        let utf8 = Array(text.utf8)
        for match in matcher.matches(in: text) {
            let phrase = String(decoding: utf8[match.start..<match.end], as: UTF8.self)
            if seen.insert(owners[match.phrase] + "\u{0}" + phrase.lowercased()).inserted {
                result.append((owners[match.phrase], phrase))
            }
        }
        return result
    }

    func evidence(_ field: String, _ phrases: [String]) -> [Evidence] {
        [Evidence(text: "\(field): " + phrases.map { "\"\($0)\"" }.joined(separator: ", "))]
    }

    /// Youth or over-30 when the target group names such an age; general when it names a
    /// target group and no age (the report's "generel indsats"); nil for no target group.
    func ageGroup(_ target: String) -> Code<String>? {
        guard !target.trimmingSpaces.isEmpty else { return nil }
        let hits = found(target, ageMatcher, ageOwners).filter { $0.id != "general" }
        let ids = Set(hits.map(\.id))
        if ids.count == 1, let id = ids.first {
            return Code(value: id, coder: Code<String>.machineCoder, evidence: evidence("targetGroup", hits.map(\.phrase)))
        }
        if ids.count > 1 {
            return Code(value: "general", coder: Code<String>.machineCoder, note: "several age groups named",
                        evidence: evidence("targetGroup", hits.map(\.phrase)))
        }
        return Code(value: "general", coder: Code<String>.machineCoder, note: "no age restriction named in the target group",
                    evidence: [Evidence(text: "targetGroup: \"\(target)\"")])
    }

    /// Psychological or physical when only one kind is named; both when both are, or when
    /// the target group is defined by disability in general or by a benefit group.
    func disabilityType(_ target: String) -> Code<String>? {
        let hits = found(target, disabilityMatcher, disabilityOwners)
        guard !hits.isEmpty else { return nil }
        let specific = Set(hits.map(\.id)).subtracting(["both"])
        let value = specific.count == 1 ? specific.first! : "both"
        return Code(value: value, coder: Code<String>.machineCoder, evidence: evidence("targetGroup", hits.map(\.phrase)))
    }

    /// Every method of figure 8 the method text names.
    func methodsUsed(_ method: String) -> Code<[String]>? {
        let hits = found(method, methodMatcher, methodOwners)
        guard !hits.isEmpty else { return nil }
        let order = methods.map(\.id)
        let ids = order.filter { id in hits.contains { $0.id == id } }
        return Code(value: ids, coder: Code<[String]>.machineCoder, evidence: evidence("method", hits.map(\.phrase)))
    }
}
