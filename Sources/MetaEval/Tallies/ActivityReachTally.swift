/// Figure 13: in how many of the result themes each activity type has at least one
/// activity → category link. Every activity type of the codebook gets a row, so an activity
/// reaching no theme shows as 0. Ordered by reach (most first), then statement links, then id.
public struct ActivityReachTally: Sendable {
    /// One activity type's reach.
    public struct Row: Sendable, Equatable {
        public var activity: String
        public var themes: [String]
        public var links: Int
    }

    public var rows: [Row]

    public init(result: PipelineResult) {
        let codebook = result.codebook
        var themes: [String: Set<String>] = [:]
        var links: [String: Int] = [:]
        for link in result.links where link.kind == .activityToCategory {
            guard let theme = codebook.theme(ofCategory: link.link.to)?.id else { continue }
            themes[link.link.from, default: []].insert(theme)
            links[link.link.from, default: 0] += 1
        }
        let themeOrder = codebook.themes.ids
        rows = codebook.activityTypes.map { activity in
            let reached = themeOrder.filter { themes[activity.id]?.contains($0) ?? false }
            return Row(activity: activity.id, themes: reached, links: links[activity.id] ?? 0)
        }.sorted { a, b in
            if a.themes.count != b.themes.count { return a.themes.count > b.themes.count }
            if a.links != b.links { return a.links > b.links }
            return a.activity < b.activity
        }
    }
}
