/// Tables 1 and 2 (section 5.8): statement links from each activity type, counted by knowledge
/// level. Table 1 counts links to a result category, table 2 links to the employment effect.
/// Rows: activities with at least one link, ordered by their knowledge-level counts from the
/// strongest level down (as the report orders table 1), then by activity id.
public struct ActivityLevelTally: Sendable {
    /// One activity's counts.
    public struct Row: Sendable, Equatable {
        public var activity: String
        public var counts: LevelCounts
    }

    public var rows: [Row]
    public var totals: LevelCounts

    public init(links: [EvidenceLink], codebook: Codebook, where include: (EvidenceLink) -> Bool) {
        var byActivity: [String: LevelCounts] = [:]
        var totals = LevelCounts()
        for link in links where include(link) {
            byActivity[link.link.from, default: LevelCounts()].add(link)
            totals.add(link)
        }
        let levels = codebook.knowledgeLevelsDescending.map(\.id)
        rows = byActivity.map { Row(activity: $0.key, counts: $0.value) }.sorted { a, b in
            let (ka, kb) = (a.counts.sortKey(levels: levels), b.counts.sortKey(levels: levels))
            return ka != kb ? [Int].descending(ka, kb) : a.activity < b.activity
        }
        self.totals = totals
    }

    /// Table 1: activity → result category.
    public static func results(_ result: PipelineResult) -> ActivityLevelTally {
        ActivityLevelTally(links: result.links, codebook: result.codebook) { $0.kind == .activityToCategory }
    }

    /// Table 2: activity → employment.
    public static func employment(_ result: PipelineResult) -> ActivityLevelTally {
        ActivityLevelTally(links: result.links, codebook: result.codebook) { $0.kind == .activityToEffect && $0.link.to == "employment" }
    }
}
