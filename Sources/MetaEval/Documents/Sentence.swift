/// One sentence of a document and the line of the original file it begins on.
public struct Sentence: Sendable, Equatable, Hashable {
    public var text: String
    public var line: Int
    /// The sentence's position in the document, from 0.
    public var index: Int

    public init(text: String, line: Int, index: Int) {
        self.text = text
        self.line = line
        self.index = index
    }
}
