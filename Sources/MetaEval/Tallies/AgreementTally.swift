/// Machine against human codes over the records that hold both for a field: raw agreement and
/// Cohen's kappa for inclusion (each criterion of each record is one pair), documentation,
/// implementability and knowledge level (each side's documentation × implementability through
/// the matrix), with the Landis–Koch band; and precision and recall of the machine's statement
/// links against the human links, pooled over records that have both kinds of statement.
public struct AgreementTally: Sendable {
    /// Agreement on one categorical coding.
    public struct Categorical: Sendable, Equatable {
        public var id: String
        public var pairs: Int
        public var agreeing: Int
        public var kappa: Double?

        public var rawAgreement: Double? { pairs > 0 ? Double(agreeing) / Double(pairs) : nil }

        /// Landis and Koch (1977): poor < 0 ≤ slight ≤ 0.20 < fair ≤ 0.40 < moderate ≤ 0.60 < substantial ≤ 0.80 < almost perfect.
        public var band: String {
            guard pairs > 0 else { return "none" }
            guard let kappa else { return "undefined" }
            switch kappa {
            case ..<0: return "poor"
            case ...0.20: return "slight"
            case ...0.40: return "fair"
            case ...0.60: return "moderate"
            case ...0.80: return "substantial"
            default: return "almost-perfect"
            }
        }
    }

    /// Statement links: how many of each side's links the other side has.
    public struct Links: Sendable, Equatable {
        public var records: Int
        public var machine: Int
        public var human: Int
        public var common: Int
        public var precision: Double? { machine > 0 ? Double(common) / Double(machine) : nil }
        public var recall: Double? { human > 0 ? Double(common) / Double(human) : nil }
    }

    public var categorical: [Categorical]
    public var links: Links

    public init(result: PipelineResult) {
        let records = result.records
        let matrix = result.codebook.matrix
        var inclusion: [(String, String)] = []
        for record in records where record.inclusion.values.contains(where: { $0.machine != nil && $0.human != nil }) {
            for criterion in record.inclusion.keys.sorted() {
                if let machine = record.inclusion[criterion]?.machine, let human = record.inclusion[criterion]?.human {
                    inclusion.append((String(machine.value), String(human.value)))
                }
            }
        }
        func pairs(_ field: (ProjectRecord) -> Coded<String>) -> [(String, String)] {
            records.compactMap { record in
                let coded = field(record)
                guard let machine = coded.machine?.value, let human = coded.human?.value else { return nil }
                return (machine, human)
            }
        }
        let levels: [(String, String)] = records.compactMap { record in
            guard let md = record.documentation.machine?.value, let mi = record.implementability.machine?.value,
                  let hd = record.documentation.human?.value, let hi = record.implementability.human?.value,
                  let machine = matrix.knowledgeLevel(documentation: md, implementability: mi),
                  let human = matrix.knowledgeLevel(documentation: hd, implementability: hi) else { return nil }
            return (machine, human)
        }
        categorical = [Self.agreement("inclusion", inclusion), Self.agreement("documentation", pairs(\.documentation)),
                       Self.agreement("implementability", pairs(\.implementability)), Self.agreement("knowledge-level", levels)]
        var counted = Links(records: 0, machine: 0, human: 0, common: 0)
        // Only a record with links on both sides counts; most have one side only.
        for record in records where record.statements.contains(where: { $0.isMachine && !$0.links.isEmpty })
            && record.statements.contains(where: { !$0.isMachine && !$0.links.isEmpty }) {
            let machine = Set(record.statements.filter(\.isMachine).flatMap(\.links))
            let human = Set(record.statements.filter { !$0.isMachine }.flatMap(\.links))
            guard !machine.isEmpty, !human.isEmpty else { continue }
            counted.records += 1
            counted.machine += machine.count
            counted.human += human.count
            counted.common += machine.intersection(human).count
        }
        links = counted
    }

    /// Raw agreement and Cohen's kappa of (machine, human) pairs; kappa is nil when chance
    /// agreement is 1 (both sides used a single, identical category).
    public static func agreement(_ id: String, _ pairs: [(String, String)]) -> Categorical {
        let n = Double(pairs.count)
        let agreeing = pairs.filter { $0.0 == $0.1 }.count
        guard !pairs.isEmpty else { return Categorical(id: id, pairs: 0, agreeing: 0, kappa: nil) }
        let categories = Set(pairs.map(\.0) + pairs.map(\.1)).sorted()
        var expected = 0.0
        for category in categories {
            let machine = Double(pairs.filter { $0.0 == category }.count) / n
            let human = Double(pairs.filter { $0.1 == category }.count) / n
            expected += machine * human
        }
        let observed = Double(agreeing) / n
        let kappa: Double? = expected >= 1 ? nil : (observed - expected) / (1 - expected)
        return Categorical(id: id, pairs: pairs.count, agreeing: agreeing, kappa: kappa)
    }
}
