/// What changed between two editions built from the same corpus: projects that entered the
/// tables, left them, or moved to another knowledge level, and every table cell whose value
/// differs. Tables are compared through their CSV files: a row is identified by its leading
/// text columns (ids and labels), and the columns from the first numeric one on are its values.
/// `evidence` and `projects` are lists of the same facts and are summed up by the project part.
public struct EditionDiff: Sendable {
    /// One project's place in each edition.
    public struct ProjectChange: Sendable, Equatable {
        public var id: String
        public var title: String
        public var before: String
        public var after: String
    }

    /// One cell that moved: table, row key, column, old and new text ("" when absent).
    public struct CellChange: Sendable, Equatable {
        public var table: String
        public var row: String
        public var column: String
        public var before: String
        public var after: String
    }

    public var added: [ProjectChange] = []
    public var excluded: [ProjectChange] = []
    public var reclassified: [ProjectChange] = []
    public var cells: [CellChange] = []
    /// Tables written by only one edition, with the edition that has them.
    public var onlyIn: [(table: String, edition: String)] = []

    static let listTables: Set<String> = ["evidence.csv", "projects.csv"]

    public init(from old: PipelineResult, _ oldFiles: [ReportFile], to new: PipelineResult, _ newFiles: [ReportFile],
                status: (AssessedProject?) -> String) {
        let before = Dictionary(old.projects.map { ($0.record.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.projects.map { ($0.record.id, $0) }, uniquingKeysWith: { a, _ in a })
        for id in Set(before.keys).union(after.keys).sorted() {
            let was = before[id], now = after[id]
            let change = ProjectChange(id: id, title: (now ?? was)!.record.title, before: status(was), after: status(now))
            let wasIn = was?.isRetained ?? false, isIn = now?.isRetained ?? false
            if !wasIn && isIn { added.append(change) } else if wasIn && !isIn { excluded.append(change) } else if wasIn && isIn && was?.knowledgeLevel != now?.knowledgeLevel {
                reclassified.append(change)
            }
        }
        let oldTables = Dictionary(oldFiles.filter { $0.name.hasSuffix(".csv") }.map { ($0.name, $0.contents) }, uniquingKeysWith: { a, _ in a })
        let newTables = Dictionary(newFiles.filter { $0.name.hasSuffix(".csv") }.map { ($0.name, $0.contents) }, uniquingKeysWith: { a, _ in a })
        for name in Set(oldTables.keys).union(newTables.keys).sorted() where !Self.listTables.contains(name) {
            guard let oldText = oldTables[name], let newText = newTables[name] else {
                onlyIn.append((name, oldTables[name] != nil ? old.edition.id : new.edition.id))
                continue
            }
            cells += Self.compare(table: String(name.dropLast(4)), oldText, newText)
        }
    }

    /// The header and the rows of one of our own RFC 4180 tables (possibly header only).
    static func rows(_ text: String) -> (header: [String], rows: [[String]]) {
        var tokenizer = CSVTokenizer(bytes: Array(text.utf8), separator: UInt8(ascii: ","))
        let header = tokenizer.next()?.fields ?? []
        var rows: [[String]] = []
        while let row = tokenizer.next() { if row.fields.count == header.count { rows.append(row.fields) } }
        return (header, rows)
    }

    static func isNumber(_ cell: String) -> Bool {
        CSVWriter.isNumber(cell) || CSVWriter.isNumber(cell.replacingOccurrences(of: ",", with: "."))
    }

    /// Cells that differ between two renderings of one table.
    static func compare(table: String, _ oldText: String, _ newText: String) -> [CellChange] {
        let old = rows(oldText), new = rows(newText)
        guard old.header == new.header else {
            return [CellChange(table: table, row: "", column: "(columns)", before: old.header.joined(separator: ","), after: new.header.joined(separator: ","))]
        }
        let all = old.rows + new.rows
        let firstValue = old.header.indices.first { column in
            let cells = all.map { $0[column] }.filter { !$0.isEmpty }
            return !cells.isEmpty && cells.allSatisfy(isNumber)
        } ?? old.header.count
        func keyed(_ rows: [[String]]) -> ([String], [String: [String]]) {
            var order: [String] = [], table: [String: [String]] = [:]
            for row in rows {
                var key = row[..<firstValue].filter { !$0.isEmpty }.joined(separator: " / ")
                while table[key] != nil { key += " ·" }
                order.append(key)
                table[key] = Array(row[firstValue...])
            }
            return (order, table)
        }
        let (oldOrder, oldRows) = keyed(old.rows)
        let (newOrder, newRows) = keyed(new.rows)
        var keys = newOrder
        for key in oldOrder where newRows[key] == nil { keys.append(key) }
        var changes: [CellChange] = []
        for key in keys {
            let before = oldRows[key], after = newRows[key]
            for (offset, column) in old.header[firstValue...].enumerated() {
                let was = before?[offset] ?? "", now = after?[offset] ?? ""
                if was != now { changes.append(CellChange(table: table, row: key, column: column, before: was, after: now)) }
            }
        }
        return changes
    }
}
