/// Turns the rows of a spreadsheet of new projects into draft records for one channel. Each row
/// is validated on its own: a bad row gives diagnostics naming its row and column and no record;
/// the good rows go on. What the spreadsheet states is stored as a human code by the coder
/// `import:<channel>`, with the cell as evidence, so a later machine code never replaces it.
public struct SpreadsheetImporter: Sendable {
    /// A good row's draft record (without an id yet) and the row it came from.
    public struct Draft: Sendable {
        public var row: Int
        public var id: String?
        public var record: ProjectRecord
    }

    public let channel: String
    public let file: String
    public let fileName: String

    public init(channel: String, file: String) {
        self.channel = channel
        self.file = file
        self.fileName = file.split(separator: "/").last.map(String.init) ?? file
    }

    public var coder: String { "import:\(channel)" }

    /// The column of each header cell; unknown columns are warnings and are ignored.
    public func columns(_ header: CSVReader.Row) -> ([ImportColumn?], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var seen: [ImportColumn: String] = [:]
        let columns = header.fields.map { cell -> ImportColumn? in
            let name = cell.trimmingSpaces
            guard !name.isEmpty else { return nil }
            guard let column = ImportColumn.named(name) else {
                diagnostics.append(.warning(file, line: 1, field: name, "unknown column, ignored; known columns: \(ImportColumn.allCases.map { $0.names[0] }.joined(separator: ", ")) (or their English names)"))
                return nil
            }
            if let other = seen[column] {
                diagnostics.append(.error(file, line: 1, field: name, "names the same field as column \"\(other)\"; expected one column per field"))
                return nil
            }
            seen[column] = name
            return column
        }
        if !columns.contains(.title) {
            diagnostics.append(.error(file, line: 1, field: "titel", "no title column; expected a column named titel or title"))
        }
        return (columns, diagnostics)
    }

    public func drafts(_ document: CSVReader.Document) -> ([Draft], [Diagnostic]) {
        var (columns, diagnostics) = columns(document.header)
        guard !diagnostics.hasErrors else { return ([], diagnostics) }
        var drafts: [Draft] = []
        for row in document.rows {
            let (draft, problems) = self.draft(row, columns: columns, header: document.header.fields, separator: document.separator)
            diagnostics += problems
            if let draft { drafts.append(draft) }
        }
        return (drafts, diagnostics)
    }

    /// One row's draft record, or the row's problems. The thousands separator follows the CSV
    /// separator: `.` in semicolon files (Danish), `,` in comma files.
    public func draft(_ row: CSVReader.Row, columns: [ImportColumn?], header: [String], separator: UInt8) -> (Draft?, [Diagnostic]) {
        let thousands: Character = separator == UInt8(ascii: ";") ? "." : ","
        var cells: [ImportColumn: (text: String, header: String)] = [:]
        for (index, column) in columns.enumerated() {
            guard let column else { continue }
            let text = row.fields[index].replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").trimmingSpaces
            if !text.isEmpty { cells[column] = (text, header[index].trimmingSpaces) }
        }
        var diagnostics: [Diagnostic] = []
        func fail(_ column: ImportColumn, _ message: String) {
            diagnostics.append(.error(file, line: row.number, field: cells[column]?.header ?? column.names[0], message))
        }
        func evidence(_ column: ImportColumn) -> [Evidence] {
            [Evidence(text: cells[column]?.text ?? "", source: fileName, line: row.number)]
        }
        guard let title = cells[.title]?.text else {
            fail(.title, "expected the project's title; the cell is empty")
            return (nil, diagnostics)
        }
        var record = ProjectRecord(id: "", title: title.collapsingWhitespace,
                                   source: .init(citation: cells[.source]?.text ?? "\(fileName), række \(row.number)"))
        record.channels = [channel]
        record.purpose = cells[.purpose]?.text
        record.method = cells[.method]?.text
        record.targetGroup = cells[.targetGroup]?.text
        record.organisation = cells[.organisation]?.text
        record.contact = cells[.contact]?.text
        if let kind = cells[.kind]?.text {
            switch ImportColumn.fold(kind) {
            case "projekt", "project": record.kind = .project
            case "analyse", "analysis", "kortlagning", "mapping": record.kind = .analysis
            default: fail(.kind, "expected projekt/project or analyse/analysis, found \"\(kind)\"")
            }
        }
        var id: String?
        if let given = cells[.id]?.text {
            if CodebookLoader.isValidId(given) { id = given } else {
                fail(.id, "expected lower-case letters, digits and hyphens, found \"\(given)\"")
            }
        }
        if let period = period(cells, fail: fail) {
            let column: ImportColumn = cells[.start] != nil ? .start : .period
            var proof = evidence(column)
            if column == .start, let end = cells[.end]?.text { proof[0].text += " – " + end }
            record.period = Coded(human: Code(value: period, coder: coder, evidence: proof))
        }
        if let text = cells[.participants]?.text {
            switch SpreadsheetValue.count(text, thousandsSeparator: thousands) {
            case .success(let count): record.participants = Coded(human: Code(value: count, coder: coder, evidence: evidence(.participants)))
            case .failure(let failure): fail(.participants, failure.message)
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (Draft(row: row.number, id: id, record: record), diagnostics)
    }

    /// The period from start and end columns, or from one period column.
    private func period(_ cells: [ImportColumn: (text: String, header: String)], fail: (ImportColumn, String) -> Void) -> Period? {
        if cells[.start] != nil || cells[.end] != nil {
            guard let startText = cells[.start]?.text, let endText = cells[.end]?.text else {
                fail(cells[.start] == nil ? .start : .end, "expected both a start and an end year; this one is empty")
                return nil
            }
            var start: Int?, end: Int?
            switch SpreadsheetValue.year(startText) {
            case .success(let year): start = year
            case .failure(let failure): fail(.start, failure.message)
            }
            switch SpreadsheetValue.year(endText) {
            case .success(let year): end = year
            case .failure(let failure): fail(.end, failure.message)
            }
            guard let start, let end else { return nil }
            switch SpreadsheetValue.period(start: start, end: end) {
            case .success(let period): return period
            case .failure(let failure): fail(.end, failure.message); return nil
            }
        }
        guard let text = cells[.period]?.text else { return nil }
        switch SpreadsheetValue.period(text) {
        case .success(let period): return period
        case .failure(let failure): fail(.period, failure.message); return nil
        }
    }
}
