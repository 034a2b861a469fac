/// Everything one run of the method produced for an edition: the records read, the duplicates
/// removed, every project's decisions, the statement links of the retained projects, and the
/// analyses kept aside as supporting evidence.
public struct PipelineResult: Sendable {
    public var edition: Edition
    public var codebook: Codebook
    /// Every record read, projects and analyses, sorted by id.
    public var records: [ProjectRecord]
    /// Removed duplicate id → id of the record it was merged into.
    public var mergedInto: [String: String]
    /// Projects after de-duplication, sorted by id.
    public var projects: [AssessedProject]
    /// Statement links of retained projects, sorted by project, statement and link.
    public var links: [EvidenceLink]
    /// Analyses and mappings after de-duplication, sorted by id.
    public var analyses: [ProjectRecord]
    /// The analyses with their relevance decision (section 4.5), sorted by id.
    public var assessedAnalyses: [AssessedAnalysis] = []
    /// Statement links of the analyses not found irrelevant: supporting evidence, never counted
    /// in a project tally. Their knowledge level is nil, since analyses are not classified.
    public var supportingLinks: [EvidenceLink] = []
    /// Documents that could not be machine-coded (empty, binary), as warnings.
    public var documentDiagnostics: [Diagnostic] = []

    /// The projects retained for the synthesis, read in place (not copied into a new array).
    public var retained: LazyFilterSequence<[AssessedProject]> { projects.lazy.filter(\.isRetained) }
}
