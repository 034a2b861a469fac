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
    public var activityGroups: CodebookDimension { didSet { reindex() } }
    public var themes: CodebookDimension { didSet { reindex() } }
    public var effects: CodebookDimension { didSet { reindex() } }
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

    /// The link vocabulary indexed once, so the tallies' lookups per link do not search lists.
    struct Lookup: Sendable {
        var activityTypes: [CodebookEntry] = []
        var categories: [CodebookEntry] = []
        var kinds: [String: NodeKind] = [:]
        var activityGroupIndex: [String: Int] = [:]
        var themeIndex: [String: Int] = [:]
        var activityIndex: [String: Int] = [:]
        var categoryIndex: [String: Int] = [:]
        var labels: [String: Label] = [:]
    }

    var lookup = Lookup()

    /// Rebuilds the lookup; called by the loader and whenever the vocabulary changes.
    mutating func reindex() {
        var lookup = Lookup()
        for (groupIndex, group) in activityGroups.entries.enumerated() {
            for activity in group.children {
                lookup.activityIndex[activity.id] = lookup.activityTypes.count
                lookup.activityTypes.append(activity)
                lookup.activityGroupIndex[activity.id] = groupIndex
            }
        }
        for (themeIndex, theme) in themes.entries.enumerated() {
            for category in theme.children {
                lookup.categoryIndex[category.id] = lookup.categories.count
                lookup.categories.append(category)
                lookup.themeIndex[category.id] = themeIndex
            }
        }
        for effect in effects.entries where lookup.kinds[effect.id] == nil { lookup.kinds[effect.id] = .effect }
        for category in lookup.categories { lookup.kinds[category.id] = .category }
        for activity in lookup.activityTypes { lookup.kinds[activity.id] = .activity }
        for pool in [activityGroups.entries, themes.entries, effects.entries, lookup.categories, lookup.activityTypes] {
            for entry in pool { lookup.labels[entry.id] = entry.label }
        }
        self.lookup = lookup
    }

    public var activityTypes: [CodebookEntry] { lookup.activityTypes }
    public var categories: [CodebookEntry] { lookup.categories }

    /// Knowledge levels from the strongest (highest rank) down.
    public var knowledgeLevelsDescending: [CodebookEntry] {
        knowledgeLevels.entries.sorted { ($0.rank ?? 0, $1.id) > ($1.rank ?? 0, $0.id) }
    }

    public func kind(of id: String) -> NodeKind? { lookup.kinds[id] }

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
        lookup.activityGroupIndex[activity].map { activityGroups.entries[$0] }
    }

    public func theme(ofCategory category: String) -> CodebookEntry? {
        lookup.themeIndex[category].map { themes.entries[$0] }
    }

    public func descriptiveGroup(_ id: String) -> CodebookEntry? { descriptives[id] }

    /// The label of any id in the codebook's link vocabulary, or the id itself.
    public func label(of id: String, _ language: Language) -> String {
        lookup.labels[id]?.text(language) ?? id
    }

    /// A report label (column header, heading) from `codebook/report-labels.json`.
    public func text(_ id: String, _ language: Language) -> String {
        reportLabels[id]?.label.text(language) ?? id
    }

    public func category(_ id: String) -> CodebookEntry? { lookup.categoryIndex[id].map { lookup.categories[$0] } }
    public func activity(_ id: String) -> CodebookEntry? { lookup.activityIndex[id].map { lookup.activityTypes[$0] } }
}
