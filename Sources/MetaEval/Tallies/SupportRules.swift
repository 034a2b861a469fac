/// Statement counts by activity and knowledge level, as the corpus gives them (`ActivityLevelTally`)
/// or as a report printed them (tables 1 and 2 in the published figures), so the same rules can
/// be applied to both.
public struct ActivityLevelTable: Sendable, Equatable {
    /// One activity's counts by knowledge-level id, and links whose level is not coded.
    public struct Row: Sendable, Equatable {
        public var activity: String
        public var counts: [String: Int]
        public var notCoded: Int

        public subscript(level: String) -> Int { counts[level] ?? 0 }
        public var total: Int { counts.values.reduce(0, +) + notCoded }
    }

    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }

    public init(_ tally: ActivityLevelTally) {
        rows = tally.rows.map { Row(activity: $0.activity, counts: $0.counts.byLevel, notCoded: $0.counts.notCoded) }
    }

    public init(_ published: PublishedFigures.LevelTable) {
        rows = published.rows.map { Row(activity: $0.activity, counts: $0.counts, notCoded: 0) }
    }

    public func row(_ activity: String) -> Row? { rows.first { $0.activity == activity } }
    public func total(_ activity: String) -> Int { row(activity)?.total ?? 0 }
}

/// The rules of "where support is strongest" (closing paragraphs of sections 5.4–5.7, section 5.8
/// and chapter 6), applied alike to the corpus's tables and to the published ones:
///
/// - ranking: more statements at the strongest knowledge level first; on a tie, more at the next
///   level, and so on down to idea; then more statements whose level is not coded; then activity id;
/// - the activities with statements at the strongest level (the report: only 'Tværfaglig indsats');
/// - "mechanism not explained": at least `min` statements straight to employment, and statements
///   to a result at most `max` per cent of those (thresholds in `codebook/synthesis-rules.json`).
public struct SupportRules: Sendable {
    /// An activity flagged "mechanism not explained", with the counts that flagged it.
    public struct Flag: Sendable, Equatable {
        public var activity: String
        public var toEmployment: Int
        public var toResults: Int
    }

    public let levels: [String]
    public let minEmploymentStatements: Int
    public let maxResultPercent: Int

    public init(codebook: Codebook) {
        levels = codebook.knowledgeLevelsDescending.map(\.id)
        let rule = codebook.synthesisRules["mechanism-not-explained"]
        minEmploymentStatements = rule?.min ?? Int.max
        maxResultPercent = rule?.max ?? 0
    }

    /// The rows in rank order; rows without any statement are left out.
    public func rank(_ table: ActivityLevelTable) -> [ActivityLevelTable.Row] {
        table.rows.filter { $0.total > 0 }.sorted { a, b in
            let ka = levels.map { a[$0] } + [a.notCoded]
            let kb = levels.map { b[$0] } + [b.notCoded]
            return ka != kb ? [Int].descending(ka, kb) : a.activity < b.activity
        }
    }

    /// The strongest knowledge level of a row, or nil when it has only statements of uncoded level.
    public func strongest(_ row: ActivityLevelTable.Row) -> String? { levels.first { row[$0] > 0 } }

    /// Activities with statements at the strongest level (knowledge), in rank order.
    public func atStrongestLevel(_ table: ActivityLevelTable) -> [String] {
        guard let top = levels.first else { return [] }
        return rank(table).filter { $0[top] > 0 }.map(\.activity)
    }

    /// Activities flagged "mechanism not explained", most statements to employment first, then id.
    public func mechanismNotExplained(employment: ActivityLevelTable, results: ActivityLevelTable) -> [Flag] {
        employment.rows.compactMap { row -> Flag? in
            let toEmployment = row.total
            let toResults = results.total(row.activity)
            guard toEmployment >= minEmploymentStatements, toResults * 100 <= maxResultPercent * toEmployment else { return nil }
            return Flag(activity: row.activity, toEmployment: toEmployment, toResults: toResults)
        }.sorted { ($0.toEmployment, $1.activity) > ($1.toEmployment, $0.activity) }
    }
}
