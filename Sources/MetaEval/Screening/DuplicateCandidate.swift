/// Two records that may be the same project, with a score from 0 to 1 and the reasons for it.
/// A candidate is a proposal for a person to decide; nothing merges it.
public struct DuplicateCandidate: Sendable, Equatable {
    /// Why two records look alike (or, for `disjointPeriod`, unlike).
    public enum Reason: Sendable, Equatable {
        case sameTitle
        case similarTitle(Double)
        case sameOrganisation
        case overlappingPeriod
        case disjointPeriod

        /// The reason's id, as the CSV and the labels file name it.
        public var id: String {
            switch self {
            case .sameTitle: return "same-title"
            case .similarTitle: return "similar-title"
            case .sameOrganisation: return "same-organisation"
            case .overlappingPeriod: return "overlapping-period"
            case .disjointPeriod: return "disjoint-period"
            }
        }
    }

    public var first: ProjectRecord
    public var second: ProjectRecord
    public var score: Double
    public var reasons: [Reason]
}
