/// A project after screening and quality coding: the record and every stage's decision.
public struct AssessedProject: Sendable {
    public var record: ProjectRecord
    public var inclusion: InclusionScreener.Decision
    /// nil when the project was excluded before the importance step.
    public var importance: ImportanceScreener.Status?
    /// nil when excluded or not coded.
    public var knowledgeLevel: String?

    /// True when no stage excluded the project (some codes may still be missing).
    public var isRetained: Bool {
        if case .excluded = inclusion.status { return false }
        if case .excluded? = importance { return false }
        return true
    }

    /// True when every stage up to quality has a code.
    public var isFullyCoded: Bool {
        guard case .included = inclusion.status, case .proceeds? = importance else { return false }
        return knowledgeLevel != nil
    }
}
