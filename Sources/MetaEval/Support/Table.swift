/// A report table: a title, column headers and rows of text cells, rendered by
/// `MarkdownTableWriter` and `CSVWriter`. Builders put numbers in cells already formatted,
/// so the two renderings always agree.
public struct Table: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[String]]

    public init(columns: [String], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    public mutating func append(_ row: [String]) {
        precondition(row.count == columns.count, "row has \(row.count) cells for \(columns.count) columns")
        rows.append(row)
    }
}
