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
        var groups: [Pair: LevelCounts] = [:]
        var effects: [Pair: LevelCounts] = [:]
        var derived: [Pair: LevelCounts] = [:]
        for link in result.links {
            let arrow = link.link
            switch link.kind {
            case .activityToCategory where categories.contains(arrow.to):
                activities[arrow.from, default: LevelCounts()].add(link)
                let group = codebook.activityGroup(of: arrow.from)?.id ?? arrow.from
                groups[Pair(from: group, to: arrow.to), default: LevelCounts()].add(link)
            case .categoryToEffect where categories.contains(arrow.from):
                effects[Pair(from: arrow.from, to: arrow.to), default: LevelCounts()].add(link)
            case .categoryToCategory where categories.contains(arrow.from):
                derived[Pair(from: arrow.from, to: arrow.to), default: LevelCounts()].add(link)
            default:
                break
            }
        }
        func sorted(_ arrows: [Arrow]) -> [Arrow] {
            arrows.sorted { a, b in
                let (ka, kb) = (a.counts.sortKey(levels: levels), b.counts.sortKey(levels: levels))
                if ka != kb { return [Int].descending(ka, kb) }
                return (a.from, a.to) < (b.from, b.to)
            }
        }
        func arrows(_ counts: [Pair: LevelCounts]) -> [Arrow] {
            sorted(counts.map { Arrow(from: $0.key.from, to: $0.key.to, counts: $0.value) })
        }
        self.activities = sorted(activities.map { Arrow(from: $0.key, to: theme.id, counts: $0.value) })
        self.groupToCategory = arrows(groups)
        self.categoryToEffect = arrows(effects)
        self.categoryToCategory = arrows(derived)
    }

    /// The two ends of an arrow, as a dictionary key.
    private struct Pair: Hashable {
        var from: String
        var to: String
    }
}
