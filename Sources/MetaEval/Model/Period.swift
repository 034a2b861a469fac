/// The years a project ran, start and end inclusive.
public struct Period: Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public func overlaps(_ other: Period) -> Bool { start <= other.end && end >= other.start }
}
