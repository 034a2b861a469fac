/// Stores what the document coder read as machine codes on a record, beside any human codes
/// (a person's code always wins, see `Coded`): period, participants, age group, disability
/// type (where the record's own target-group text decided none), the inclusion criteria, importance, implementability, documentation, and the
/// experience statements (which count only where no person coded statements).
public struct DocumentCodeApplier: Sendable {
    let codebook: Codebook

    public init(codebook: Codebook) { self.codebook = codebook }

    /// The record with machine codes from its documents' codings, in document order: each
    /// field takes the first document that decides it; statements come from every document.
    public func apply(_ codings: [DocumentCoding], to record: ProjectRecord) -> ProjectRecord {
        guard !codings.isEmpty else { return record }
        var coded = record
        func first<V>(_ value: (DocumentCoding) -> Code<V>?) -> Code<V>? { codings.lazy.compactMap(value).first }
        coded.period = record.period.withMachineCode(first(\.period))
        coded.participants = record.participants.withMachineCode(first(\.participants))
        if coded.ageGroup.machine == nil, let age = first(\.ageGroup) { coded.ageGroup = record.ageGroup.withMachineCode(age) }
        if coded.disabilityType.machine == nil, let disability = first(\.disabilityType) { coded.disabilityType = record.disabilityType.withMachineCode(disability) }
        coded.importance = record.importance.withMachineCode(first(\.importance))
        coded.implementability = record.implementability.withMachineCode(first(\.implementability))
        coded.documentation = record.documentation.withMachineCode(first(\.documentation))
        let criterionIds = codings.flatMap { $0.criteria.map(\.id) }
        for id in criterionIds where coded.inclusion[id]?.machine == nil {
            guard let criterion = codings.lazy.flatMap(\.criteria).first(where: { $0.id == id && $0.met != nil }),
                  let met = criterion.met else { continue }
            let code = Code(value: met, coder: Code<Bool>.machineCoder, note: criterion.reason?.text(codebook, .en), evidence: criterion.evidence)
            coded.inclusion[id] = (record.inclusion[id] ?? .notCoded).withMachineCode(code)
        }
        var statements = record.statements.filter { !$0.isMachine }
        var number = 0
        for coding in codings {
            for statement in coding.statements {
                number += 1
                statements.append(ExperienceStatement(id: "\(record.id)-m\(number)", coder: Code<String>.machineCoder, excerpt: statement.text,
                                                      source: coding.source, line: statement.line, links: statement.links))
            }
        }
        coded.statements = statements
        return coded
    }
}
