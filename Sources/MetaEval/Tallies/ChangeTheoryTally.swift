/// The change theory of one result theme (sections 5.4–5.7, figures 14–17): which activities
/// lead to the theme's result categories, by knowledge level; activity group → category links;
/// category → effect links; and derived results (category → category).
public struct ChangeTheoryTally: Sendable {
    /// Counts for one arrow of the theory.
    public struct Arrow: Sendable, Equatable {
        public var from: String
        public var to: String
        public var counts: LevelCounts
    }

    public var theme: CodebookEntry
    /// Activity type → any category of the theme, one row per activity.
    public var activities: [Arrow]
    /// Activity group → category.
    public var groupToCategory: [Arrow]
    /// Category of the theme → effect.
    public var categoryToEffect: [Arrow]
    /// Category of the theme → another category.
    public var categoryToCategory: [Arrow]

    public init(theme: CodebookEntry, result: PipelineResult) {
        self.theme = theme
        let codebook = result.codebook
        let levels = codebook.knowledgeLevelsDescending.map(\.id)
        let categories = Set(theme.children.map(\.id))
        var activities: [String: LevelCounts] = [:]
        var groups: [String: LevelCounts] = [:]
        var effects: [String: LevelCounts] = [:]
        var derived: [String: LevelCounts] = [:]
        for link in result.links {
            switch link.kind {
            case .activityToCategory where categories.contains(link.link.to):
                activities[link.link.from, default: LevelCounts()].add(link)
                let group = codebook.activityGroup(of: link.link.from)?.id ?? link.link.from
                groups[group + "\u{0}" + link.link.to, default: LevelCounts()].add(link)
            case .categoryToEffect where categories.contains(link.link.from):
                effects[link.link.from + "\u{0}" + link.link.to, default: LevelCounts()].add(link)
            case .categoryToCategory where categories.contains(link.link.from):
                derived[link.link.from + "\u{0}" + link.link.to, default: LevelCounts()].add(link)
            default:
                break
            }
        }
        func arrows(_ counts: [String: LevelCounts], paired: Bool) -> [Arrow] {
            counts.map { key, value in
                let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
                return Arrow(from: parts[0], to: paired ? parts[1] : theme.id, counts: value)
            }.sorted { a, b in
                let (ka, kb) = (a.counts.sortKey(levels: levels), b.counts.sortKey(levels: levels))
                if ka != kb { return [Int].descending(ka, kb) }
                return (a.from, a.to) < (b.from, b.to)
            }
        }
        self.activities = arrows(activities, paired: false)
        self.groupToCategory = arrows(groups, paired: true)
        self.categoryToEffect = arrows(effects, paired: true)
        self.categoryToCategory = arrows(derived, paired: true)
    }
}
