/// An edition of the published tables: the period whose completed projects it covers, and the
/// figures the edition published, when it has them (reference data, never copied into a
/// computed cell).
public struct Edition: Sendable {
    /// How an edition screens projects (step 1): which criteria it applies and how a coded
    /// period decides the period criterion.
    public struct InclusionSettings: Sendable, Equatable {
        /// When a project's coded period meets the edition's period.
        public enum PeriodRule: String, Sendable, CaseIterable {
            /// The project ended within the edition's years (the report: projects completed 2005–2013).
            case ended
            /// The project ran during some of the edition's years.
            case overlapping
        }

        /// Criterion ids in force, in codebook order; nil means every criterion of the codebook.
        public var criteria: [String]?
        public var periodRule: PeriodRule

        public init(criteria: [String]? = nil, periodRule: PeriodRule = .ended) {
            self.criteria = criteria
            self.periodRule = periodRule
        }
    }

    public var id: String
    public var label: Label
    public var period: Period
    public var citation: String
    public var published: PublishedFigures?
    /// The `time` report gives the share of projects ending in or after this year (section 5.1:
    /// "ca. to tredjedele … med afslutning i år 2009 eller senere"); `timeShareFromYear` in the
    /// edition file, 2009 when the file does not say.
    public var timeShareFromYear: Int
    public var inclusion = InclusionSettings()

    public static let defaultTimeShareFromYear = 2009

    public init(id: String, label: Label, period: Period, citation: String, published: PublishedFigures? = nil,
                timeShareFromYear: Int = Edition.defaultTimeShareFromYear) {
        self.id = id
        self.label = label
        self.period = period
        self.citation = citation
        self.published = published
        self.timeShareFromYear = timeShareFromYear
    }
}

/// The figures and tables a report published, each with the passage that states it.
public struct PublishedFigures: Sendable {
    /// One published number.
    public struct Figure: Sendable, Equatable {
        public var id: String
        public var label: Label
        public var value: Double
        public var unit: String
        public var citation: String
        public var quote: String?
        public var approximate: Bool
        /// How the figure follows from printed ones, when the report does not print it itself.
        public var derived: String?
        public var note: String?
    }

    /// One published activity × knowledge-level table (table 1 or 2).
    public struct LevelTable: Sendable, Equatable {
        public var id: String
        public var citation: String
        /// Rows in printed order: activity id and counts by knowledge-level id.
        public var rows: [(activity: String, counts: [String: Int])]
        public var totals: [String: Int]?
        public var notes: String?

        public static func == (a: LevelTable, b: LevelTable) -> Bool {
            a.id == b.id && a.citation == b.citation && a.totals == b.totals && a.notes == b.notes
                && a.rows.count == b.rows.count
                && zip(a.rows, b.rows).allSatisfy { $0.activity == $1.activity && $0.counts == $1.counts }
        }
    }

    public var figures: [Figure]
    public var tables: [LevelTable]

    public func figure(_ id: String) -> Figure? { figures.first { $0.id == id } }
    public func table(_ id: String) -> LevelTable? { tables.first { $0.id == id } }
}
