/// Gives imported records their ids: `p` and a number, the next free one after the highest
/// `p<number>` already in the corpus and never below `p110` (p001–p109 are the 2005–2013
/// appendix projects), in the order of the spreadsheet's rows. The same corpus and the same
/// spreadsheet give the same ids.
public struct RecordIdAllocator: Sendable {
    /// Numbers up to this one are reserved for the 109 projects of the 2005–2013 appendices.
    public static let reservedThrough = 109

    private var next: Int
    private let taken: Set<String>

    /// - Parameter existing: the ids (or file names without `.json`) already in the corpus.
    public init(existing: [String]) {
        taken = Set(existing)
        let highest = existing.compactMap(Self.number).max() ?? 0
        next = max(highest, Self.reservedThrough) + 1
    }

    static func number(_ id: String) -> Int? {
        guard id.first == "p", id.count > 1 else { return nil }
        let digits = id.dropFirst()
        guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }

    public mutating func allocate() -> String {
        while true {
            let digits = String(next)
            let id = "p" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
            next += 1
            if !taken.contains(id) { return id }
        }
    }
}
