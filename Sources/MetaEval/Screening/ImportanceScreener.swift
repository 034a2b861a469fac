/// Steps 2–3 (section 4.2, box 1): projects of high or medium importance go on; low
/// importance is excluded with that reason; an uncoded importance is reported as "not coded"
/// and the project goes on, so nothing is dropped on a missing code.
public struct ImportanceScreener: Sendable {
    /// The importance decision for one project.
    public enum Status: Sendable, Equatable {
        case proceeds(level: String)
        case excluded(level: String)
        case notCoded
    }

    let proceeding: Set<String>

    public init(codebook: Codebook) {
        proceeding = Set(codebook.importance.entries.filter { $0.proceeds == true }.map(\.id))
    }

    public func screen(_ record: ProjectRecord) -> Status {
        guard let level = record.importance.value else { return .notCoded }
        return proceeding.contains(level) ? .proceeds(level: level) : .excluded(level: level)
    }
}
