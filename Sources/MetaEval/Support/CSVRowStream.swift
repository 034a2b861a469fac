/// The data rows of a CSV file, handed on one at a time so that a caller can process a large
/// spreadsheet without holding its rows: blank rows are skipped, and ragged rows and rows with
/// an unclosed quote are left out with an error naming their row. `CSVReader.open` makes one.
public struct CSVRowStream: Sendable {
    public let header: CSVReader.Row
    public let separator: UInt8
    public let encoding: CSVReader.Encoding
    /// Problems found so far, in the order found.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Data rows handed on so far.
    public private(set) var rowsRead = 0

    private var tokenizer: CSVTokenizer
    private var problemsSeen: Int
    private let file: String

    init(file: String, header: CSVReader.Row, tokenizer: CSVTokenizer, separator: UInt8, encoding: CSVReader.Encoding) {
        self.file = file
        self.header = header
        self.tokenizer = tokenizer
        self.separator = separator
        self.encoding = encoding
        self.problemsSeen = tokenizer.problems.count
    }

    public mutating func next() -> CSVReader.Row? {
        while let row = tokenizer.next() {
            let broken = collectProblems(row: row.number)
            if row.isBlank || broken { continue }
            if row.fields.count != header.fields.count {
                diagnostics.append(.error(file, line: row.number,
                                          "the row has \(row.fields.count) cells; expected \(header.fields.count), as the header has (separator \"\(Character(Unicode.Scalar(separator)))\")"))
                continue
            }
            rowsRead += 1
            return row
        }
        return nil
    }

    /// Adds the tokenizer's new problems; true when one of them is an error in `row`.
    private mutating func collectProblems(row: Int) -> Bool {
        var broken = false
        for problem in tokenizer.problems.dropFirst(problemsSeen) {
            diagnostics.append(Diagnostic(problem.isError ? .error : .warning, file: file, line: problem.row, message: problem.message))
            if problem.isError && problem.row == row { broken = true }
        }
        problemsSeen = tokenizer.problems.count
        return broken
    }
}
