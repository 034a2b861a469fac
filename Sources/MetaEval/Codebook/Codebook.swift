/// The whole codebook, loaded from `codebook/` by `CodebookLoader` and validated: the levels
/// and criteria of chapter 4, the classification matrix, the activity taxonomy, result
/// themes, effects, problems, descriptive categories, statement cue phrases and report labels.
public struct Codebook: Sendable {
    public var knowledgeLevels: CodebookDimension
    public var implementability: CodebookDimension
    public var workingQuestions: CodebookDimension
    public var documentation: CodebookDimension
    public var importance: CodebookDimension
    public var criteria: CodebookDimension
    public var matrix: ClassificationMatrix
    public var activityGroups: CodebookDimension
    public var themes: CodebookDimension
    public var effects: CodebookDimension
    public var problems: CodebookDimension
    public var descriptives: CodebookDimension
    public var cues: CodebookDimension
    public var reportLabels: CodebookDimension
    /// Thresholds of the synthesis views (`codebook/synthesis-rules.json`), e.g. when an
    /// activity is flagged "mechanism not explained".
    public var synthesisRules = CodebookDimension(name: "synthesis-rule", citation: "", entries: [])
    /// A digest of every codebook file's bytes, for caches keyed on the codebook.
    public var fingerprint: String = ""

    /// What a link end refers to.
    public enum NodeKind: String, Sendable {
        case activity, category, effect
    }

    public var activityTypes: [CodebookEntry] { activityGroups.entries.flatMap(\.children) }
    public var categories: [CodebookEntry] { themes.entries.flatMap(\.children) }

    /// Knowledge levels from the strongest (highest rank) down.
    public var knowledgeLevelsDescending: [CodebookEntry] {
        knowledgeLevels.entries.sorted { ($0.rank ?? 0, $1.id) > ($1.rank ?? 0, $0.id) }
    }

    public func kind(of id: String) -> NodeKind? {
        if activityTypes.contains(where: { $0.id == id }) { return .activity }
        if categories.contains(where: { $0.id == id }) { return .category }
        if effects[id] != nil { return .effect }
        return nil
    }

    public func linkKind(_ link: StatementLink) -> LinkKind? {
        switch (kind(of: link.from), kind(of: link.to)) {
        case (.activity, .category): return .activityToCategory
        case (.activity, .effect): return .activityToEffect
        case (.category, .effect): return .categoryToEffect
        case (.category, .category): return .categoryToCategory
        default: return nil
        }
    }

    public func activityGroup(of activity: String) -> CodebookEntry? {
        activityGroups.entries.first { $0.children.contains { $0.id == activity } }
    }

    public func theme(ofCategory category: String) -> CodebookEntry? {
        themes.entries.first { $0.children.contains { $0.id == category } }
    }

    public func descriptiveGroup(_ id: String) -> CodebookEntry? { descriptives[id] }

    /// The label of any id in the codebook's link vocabulary, or the id itself.
    public func label(of id: String, _ language: Language) -> String {
        let pools = [activityTypes, categories, effects.entries, themes.entries, activityGroups.entries]
        for pool in pools {
            if let entry = pool.first(where: { $0.id == id }) { return entry.label.text(language) }
        }
        return id
    }

    /// A report label (column header, heading) from `codebook/report-labels.json`.
    public func text(_ id: String, _ language: Language) -> String {
        reportLabels[id]?.label.text(language) ?? id
    }

    public func category(_ id: String) -> CodebookEntry? { categories.first { $0.id == id } }
    public func activity(_ id: String) -> CodebookEntry? { activityTypes.first { $0.id == id } }
}
