/// One entry of the codebook: an id from CONTRACT.md, its Danish and English label and
/// definition, and the extra data some dimensions carry (a rank, thresholds, the phrases
/// by which documents name it, or the entries grouped under it).
public struct CodebookEntry: Sendable, Equatable {
    public var id: String
    public var label: Label
    public var definition: Label?
    /// Lower-case Danish words and phrasings that signal the entry in a document.
    public var synonyms: [String] = []
    /// Key word stems of a result category or effect (`stems` in themes.json and effects.json):
    /// looser than the synonyms, so they count only where a statement's cue puts its result
    /// ("…betød, at flere kunne arbejde 15-20 *timer om ugen*"), never as its source.
    public var stems: [String] = []
    /// Activities that cannot lead to this result because the result is their own completion
    /// (`notFrom` in themes.json: an internship does not cause its own completion).
    public var notFrom: [String] = []
    public var rank: Int?
    public var minAnswered: Int?
    public var proceeds: Bool?
    public var min: Int?
    public var max: Int?
    public var appendix: Int?
    /// Entries grouped under this one: activity types of a group, categories of a theme.
    public var children: [CodebookEntry] = []

    public init(id: String, label: Label, definition: Label? = nil) {
        self.id = id
        self.label = label
        self.definition = definition
    }
}

/// One codebook file: a dimension, the report passage it follows, and its entries in order.
public struct CodebookDimension: Sendable, Equatable {
    public var name: String
    public var citation: String
    public var entries: [CodebookEntry] { didSet { positions = Self.positions(of: entries) } }
    /// Each id's place in `entries` (the first, should an id repeat), so a lookup by id does
    /// not walk the entries: reports look ids up millions of times at 10,000 projects.
    private var positions: [String: Int]

    public init(name: String, citation: String, entries: [CodebookEntry]) {
        self.name = name
        self.citation = citation
        self.entries = entries
        positions = Self.positions(of: entries)
    }

    private static func positions(of entries: [CodebookEntry]) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where positions[entry.id] == nil { positions[entry.id] = index }
        return positions
    }

    public subscript(id: String) -> CodebookEntry? { positions[id].map { entries[$0] } }
    public var ids: [String] { entries.map(\.id) }
}
