/// A paragraph of normalised text as UTF-8 bytes, with the line of the original file on which
/// each stretch of it begins, so that every sentence can name its line.
public struct TextBlock: Sendable, Equatable {
    public var bytes: [UInt8] = []
    /// (byte offset in `bytes`, original line number), ascending by offset.
    public var lineStarts: [LineStart] = []

    /// Where one original line's text begins in the block.
    public struct LineStart: Sendable, Equatable {
        public var offset: Int
        public var line: Int
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The original line of the byte at `offset`.
    public func line(at offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1, found = lineStarts.first?.line ?? 1
        while low <= high {
            let middle = (low + high) / 2
            if lineStarts[middle].offset <= offset { found = lineStarts[middle].line; low = middle + 1 } else { high = middle - 1 }
        }
        return found
    }
}
