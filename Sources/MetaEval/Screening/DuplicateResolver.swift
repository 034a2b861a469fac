/// Section 3.2: removes records that a person has recorded as duplicates of another
/// (the kept record lists them under `duplicates`) and gives the kept record every channel
/// its duplicates arrived through. Nothing is merged that nobody decided to merge.
public struct DuplicateResolver: Sendable {
    /// The records that go on, and which record each removed duplicate was merged into.
    public struct Result: Sendable {
        public var kept: [ProjectRecord]
        public var mergedInto: [String: String]
    }

    public init() {}

    public func resolve(_ records: [ProjectRecord]) -> Result {
        var mergedInto: [String: String] = [:]
        for record in records {
            for duplicate in record.duplicates where duplicate != record.id && mergedInto[duplicate] == nil {
                mergedInto[duplicate] = record.id
            }
        }
        let byId = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var kept: [ProjectRecord] = []
        for var record in records where mergedInto[record.id] == nil {
            var channels = record.channels
            for duplicate in record.duplicates {
                for channel in byId[duplicate]?.channels ?? [] where !channels.contains(channel) { channels.append(channel) }
            }
            record.channels = channels
            kept.append(record)
        }
        return Result(kept: kept, mergedInto: mergedInto)
    }
}
