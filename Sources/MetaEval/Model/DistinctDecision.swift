/// A person's decision that records `dedup` proposed as duplicates are separate projects, kept in
/// `corpus/decisions/merges.json` under `distinct` so that the pairs among them are not proposed again.
public struct DistinctDecision: Sendable, Equatable {
    public var records: [String]
    public var coder: String
    public var note: String?
    /// The file and line the decision was read from, for messages.
    public var file: String
    public var line: Int?

    public init(records: [String], coder: String, note: String? = nil, file: String = "", line: Int? = nil) {
        self.records = records
        self.coder = coder
        self.note = note
        self.file = file
        self.line = line
    }

    /// True when both records are among this decision's.
    public func separates(_ first: String, _ second: String) -> Bool {
        first != second && records.contains(first) && records.contains(second)
    }
}
