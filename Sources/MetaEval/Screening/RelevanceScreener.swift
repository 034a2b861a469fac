/// Section 4.5, figure 4, step 2: an analysis or mapping is screened for relevance to the
/// meta-evaluation's purpose and target group — not by the project criteria. A person's code
/// wins over a machine's; an uncoded relevance is "not coded" and the analysis is carried on,
/// never dropped and never guessed.
public struct RelevanceScreener: Sendable {
    /// The relevance decision for one analysis.
    public enum Status: String, Sendable, Equatable {
        case relevant
        case notRelevant = "not-relevant"
        case notCoded = "not-coded"
    }

    public init() {}

    public func screen(_ record: ProjectRecord) -> Status {
        guard let relevant = record.relevance.value else { return .notCoded }
        return relevant ? .relevant : .notRelevant
    }
}

/// An analysis or mapping after relevance screening.
public struct AssessedAnalysis: Sendable {
    public var record: ProjectRecord
    public var relevance: RelevanceScreener.Status

    /// True unless the analysis was found not relevant; its statements are supporting evidence.
    public var isRetained: Bool { relevance != .notRelevant }
}
