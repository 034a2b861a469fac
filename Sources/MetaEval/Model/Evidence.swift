/// What a coding decision rests on: a sentence or phrase, and where it stands.
public struct Evidence: Sendable, Equatable, Hashable {
    public var text: String
    public var source: String?
    public var line: Int?

    public init(text: String, source: String? = nil, line: Int? = nil) {
        self.text = text
        self.source = source
        self.line = line
    }
}
