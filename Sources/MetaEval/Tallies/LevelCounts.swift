/// Statement links counted by knowledge level, with links from projects whose quality is not
/// coded counted apart rather than dropped.
public struct LevelCounts: Sendable, Equatable {
    public private(set) var byLevel: [String: Int] = [:]
    public private(set) var notCoded = 0
    /// The ids of the links counted, for tracing a cell back to its statements.
    public private(set) var linkIds: [String] = []

    public init() {}

    public mutating func add(_ link: EvidenceLink) {
        if let level = link.knowledgeLevel { byLevel[level, default: 0] += 1 } else { notCoded += 1 }
        linkIds.append(link.id)
    }

    public subscript(level: String) -> Int { byLevel[level] ?? 0 }
    public var total: Int { byLevel.values.reduce(0, +) + notCoded }

    /// The sort key of the report's tables: counts of the strongest level first, then the next.
    public func sortKey(levels: [String]) -> [Int] { levels.map { self[$0] } + [notCoded] }

    /// The strongest level with at least one link, by the order given (strongest first).
    public func strongest(levels: [String]) -> String? { levels.first { self[$0] > 0 } }
}

extension Array where Element == Int {
    /// Lexicographic comparison, larger first.
    static func descending(_ a: [Int], _ b: [Int]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x > y }
        return a.count > b.count
    }
}
