/// Proposes likely duplicate records (section 3.2) for a person to decide on. Two records are a
/// candidate when their titles are the same once normalised (`TitleKey`) or their word sets
/// have a Jaccard similarity of at least `threshold`. The score weighs the title (0.7), the same
/// organisation or municipality (0.15) and the periods (0.15 when they overlap, −0.15 when they
/// do not); pairs a person has already merged, or found to be distinct projects, are left out.
///
/// Scaling: instead of comparing all pairs, candidate pairs come from prefix filtering — each
/// title's rarest words are indexed, and two titles with similarity ≥ `threshold` always share
/// one of them — plus an index of the compact title. A word in more titles than
/// `commonWordLimit` (default: 1 % of the records, at least 50) is too common to propose a pair
/// by itself and is not indexed (it still counts in the similarity), so titles like
/// "Projekt 17" and "Projekt 18" do not pair up by the thousand.
public struct DuplicateFinder: Sendable {
    public var threshold: Double
    public var commonWordLimit: Int?

    public init(threshold: Double = 0.5, commonWordLimit: Int? = nil) {
        self.threshold = threshold
        self.commonWordLimit = commonWordLimit
    }

    /// Words that only say what kind of body an organisation is.
    static let organisationWords: Set<String> = ["jobcenter", "jobcentret", "kommune", "kommunes", "region", "municipality", "council"]

    public func candidates(_ records: [ProjectRecord], merges: [MergeDecision] = [], distinct: [DistinctDecision] = []) -> [DuplicateCandidate] {
        let sorted = records.sorted { $0.id < $1.id }
        let keys = sorted.map { TitleKey($0.title) }
        var group: [String: String] = [:]
        for merge in merges { for id in merge.duplicates { group[id] = merge.kept } }
        for record in sorted { for id in record.duplicates { group[id] = record.id } }
        func root(_ id: String) -> String { group[id] ?? id }

        var frequency: [String: Int] = [:]
        for key in keys { for token in key.tokens { frequency[token, default: 0] += 1 } }
        let common = commonWordLimit ?? max(50, keys.count / 100)
        var postings: [String: [Int]] = [:]
        var compactIndex: [String: [Int]] = [:]
        var pairs: Set<Int> = []
        var found: [DuplicateCandidate] = []
        for (index, key) in keys.enumerated() {
            let ordered = key.tokens.sorted { (frequency[$0]!, $0) < (frequency[$1]!, $1) }
            let prefix = ordered.prefix(max(0, ordered.count - Int((threshold * Double(ordered.count)).rounded(.up)) + 1))
                .filter { frequency[$0]! <= common }
            var partners: [Int] = []
            for token in prefix { partners += postings[token] ?? [] }
            if !key.compact.isEmpty { partners += compactIndex[key.compact] ?? [] }
            for other in partners where pairs.insert(other * keys.count + index).inserted {
                guard root(sorted[other].id) != root(sorted[index].id),
                      !distinct.contains(where: { $0.separates(sorted[other].id, sorted[index].id) }),
                      let candidate = score(sorted[other], keys[other], sorted[index], key) else { continue }
                found.append(candidate)
            }
            for token in prefix { postings[token, default: []].append(index) }
            if !key.compact.isEmpty { compactIndex[key.compact, default: []].append(index) }
        }
        return found.sorted { ($1.score, $0.first.id, $0.second.id) < ($0.score, $1.first.id, $1.second.id) }
    }

    func score(_ a: ProjectRecord, _ keyA: TitleKey, _ b: ProjectRecord, _ keyB: TitleKey) -> DuplicateCandidate? {
        var reasons: [DuplicateCandidate.Reason] = []
        let title: Double
        if keyA.isSame(keyB) {
            title = 1
            reasons.append(.sameTitle)
        } else {
            title = keyA.similarity(keyB)
            guard title >= threshold else { return nil }
            reasons.append(.similarTitle((title * 100).rounded() / 100))
        }
        var score = 0.7 * title
        if sameOrganisation(a.organisation, b.organisation) {
            reasons.append(.sameOrganisation)
            score += 0.15
        }
        if let first = a.period.value, let second = b.period.value {
            let overlaps = first.overlaps(second)
            reasons.append(overlaps ? .overlappingPeriod : .disjointPeriod)
            score += overlaps ? 0.15 : -0.15
        }
        return DuplicateCandidate(first: a, second: b, score: (min(1, max(0, score)) * 100).rounded() / 100, reasons: reasons)
    }

    func sameOrganisation(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        let first = TitleKey(a), second = TitleKey(b)
        if first.isSame(second) && !first.compact.isEmpty { return true }
        let namesA = Set(first.tokens).subtracting(Self.organisationWords), namesB = Set(second.tokens).subtracting(Self.organisationWords)
        return !namesA.isDisjoint(with: namesB)
    }
}
