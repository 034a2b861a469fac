/// A person's decision that some records are the same project as another (section 3.2): the
/// record kept, the ids merged into it, who decided, why, and where the decision is written.
public struct MergeDecision: Sendable, Equatable {
    public var kept: String
    public var duplicates: [String]
    public var coder: String
    public var note: String?
    /// The file and line the decision was read from, for messages.
    public var file: String
    public var line: Int?

    public init(kept: String, duplicates: [String], coder: String, note: String? = nil, file: String = "", line: Int? = nil) {
        self.kept = kept
        self.duplicates = duplicates
        self.coder = coder
        self.note = note
        self.file = file
        self.line = line
    }
}
