/// Statement links counted by knowledge level, with links from projects whose quality is not
/// coded counted apart rather than dropped.
public struct LevelCounts: Sendable, Equatable {
    /// The levels seen, in the order first seen, and their counts: a codebook has a handful of
    /// levels, so finding one by comparison costs less than hashing it for every link counted.
    private var levels: [String] = []
    private var counts: [Int] = []
    public private(set) var notCoded = 0
    /// The ids of the links counted, for tracing a cell back to its statements.
    public private(set) var linkIds: [String] = []

    public init() {}

    /// Links counted by level, for levels with at least one link.
    public var byLevel: [String: Int] { Dictionary(uniqueKeysWithValues: zip(levels, counts)) }

    public mutating func add(_ link: EvidenceLink) {
        if let level = link.knowledgeLevel {
            if let index = levels.firstIndex(of: level) { counts[index] += 1 } else {
                levels.append(level)
                counts.append(1)
            }
        } else {
            notCoded += 1
        }
        linkIds.append(link.id)
    }

    public subscript(level: String) -> Int { levels.firstIndex(of: level).map { counts[$0] } ?? 0 }
    public var total: Int { counts.reduce(0, +) + notCoded }

    /// The sort key of the report's tables: counts of the strongest level first, then the next.
    public func sortKey(levels: [String]) -> [Int] { levels.map { self[$0] } + [notCoded] }

    /// The strongest level with at least one link, by the order given (strongest first).
    public func strongest(levels: [String]) -> String? { levels.first { self[$0] > 0 } }

    /// Equal when the same links are counted the same way, whatever order the levels came in.
    public static func == (left: LevelCounts, right: LevelCounts) -> Bool {
        left.notCoded == right.notCoded && left.linkIds == right.linkIds && left.byLevel == right.byLevel
    }
}

extension Array where Element == Int {
    /// Lexicographic comparison, larger first.
    static func descending(_ a: [Int], _ b: [Int]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x > y }
        return a.count > b.count
    }
}
