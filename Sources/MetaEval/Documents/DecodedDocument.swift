/// A document's text as read, the encoding it was read in, and what the reader warns about
/// (a Windows-1252 file, garbled letters), each warning with its line.
public struct DecodedDocument: Sendable, Equatable {
    /// The encodings the reader accepts.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", windows1252 = "Windows-1252"
    }

    /// Something the reader noticed that the evaluator should check.
    public struct Warning: Sendable, Equatable {
        public let line: Int?
        public let message: String
    }

    public var text: String
    public var encoding: Encoding
    public var warnings: [Warning]
}
