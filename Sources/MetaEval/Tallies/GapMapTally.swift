/// The evidence gap map: for every activity type of the codebook, its statement links to each
/// result theme (any category of the theme) and to each effect, counted by knowledge level.
/// A cell without links is a gap. Only project links count; analyses are supporting evidence.
public struct GapMapTally: Sendable {
    /// Counts per activity id, then column id (theme or effect).
    public var themeCells: [String: [String: LevelCounts]]
    public var effectCells: [String: [String: LevelCounts]]
    public var activities: [String]
    public var themes: [String]
    public var effects: [String]

    public init(result: PipelineResult) {
        let codebook = result.codebook
        var themeCells: [String: [String: LevelCounts]] = [:]
        var effectCells: [String: [String: LevelCounts]] = [:]
        for link in result.links {
            switch link.kind {
            case .activityToCategory:
                guard let theme = codebook.theme(ofCategory: link.link.to)?.id else { continue }
                themeCells[link.link.from, default: [:]][theme, default: LevelCounts()].add(link)
            case .activityToEffect:
                effectCells[link.link.from, default: [:]][link.link.to, default: LevelCounts()].add(link)
            default:
                break
            }
        }
        self.themeCells = themeCells
        self.effectCells = effectCells
        activities = codebook.activityTypes.map(\.id)
        themes = codebook.themes.ids
        effects = codebook.effects.ids
    }

    public func theme(_ activity: String, _ theme: String) -> LevelCounts { themeCells[activity]?[theme] ?? LevelCounts() }
    public func effect(_ activity: String, _ effect: String) -> LevelCounts { effectCells[activity]?[effect] ?? LevelCounts() }

    /// Number of empty cells in each part.
    public var themeGaps: Int { activities.reduce(0) { sum, a in sum + themes.filter { theme(a, $0).total == 0 }.count } }
    public var effectGaps: Int { activities.reduce(0) { sum, a in sum + effects.filter { effect(a, $0).total == 0 }.count } }
}
