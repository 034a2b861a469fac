/// Section 3.2: removes records that a person has decided are duplicates of another — in
/// `corpus/decisions/merges.json` or in the kept record's own `duplicates` list — and gives the
/// kept record every channel its duplicates arrived through and their ids. Nothing is merged
/// that nobody decided to merge; `metaeval dedup` only proposes.
public struct DuplicateResolver: Sendable {
    /// The records that go on, and which record each removed duplicate was merged into.
    public struct Result: Sendable {
        public var kept: [ProjectRecord]
        public var mergedInto: [String: String]
    }

    public let merges: [MergeDecision]

    /// - Parameter merges: validated decisions (`MergeDecisionsLoader`); the records' own
    ///   `duplicates` lists are applied in any case.
    public init(merges: [MergeDecision] = []) { self.merges = merges }

    public func resolve(_ records: [ProjectRecord]) -> Result {
        var mergedInto: [String: String] = [:]
        var duplicatesOf: [String: [String]] = [:]
        let decisions = merges.map { ($0.kept, $0.duplicates) } + records.map { ($0.id, $0.duplicates) }
        for (kept, duplicates) in decisions {
            for duplicate in duplicates where duplicate != kept && mergedInto[duplicate] == nil && mergedInto[kept] == nil {
                mergedInto[duplicate] = kept
                duplicatesOf[kept, default: []].append(duplicate)
            }
        }
        let byId = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var kept: [ProjectRecord] = []
        for var record in records where mergedInto[record.id] == nil {
            for duplicate in duplicatesOf[record.id] ?? [] {
                if !record.duplicates.contains(duplicate) { record.duplicates.append(duplicate) }
                for channel in byId[duplicate]?.channels ?? [] where !record.channels.contains(channel) { record.channels.append(channel) }
            }
            kept.append(record)
        }
        return Result(kept: kept, mergedInto: mergedInto)
    }
}
