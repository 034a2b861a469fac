/// `datapackage.json`: a Frictionless Data Package describing every CSV table of an edition —
/// its title, the CSV dialect it is written in (RFC 4180, or Danish Excel: semicolon, BOM,
/// decimal comma), and a schema naming each field with its type and a label in the report's
/// language — so standard tools (`frictionless validate`, pandas, R) can check and load them.
///
/// Field types are read from the cells written: `integer` when every cell is a whole number,
/// `number` when every cell is a number, otherwise `string`; empty cells are missing values. A
/// column empty in its table takes the type the same column has in the edition's other tables.
public enum DataPackage {
    public static let fileName = "datapackage.json"

    public static func build(_ files: [ReportFile], titles: [String: String], context: ReportContext) -> ReportFile {
        typealias Node = JSONWriter.Node
        let excel = context.csv.dialect == .excelDanish
        let csvFiles = files.filter { $0.name.hasSuffix(".csv") }.sorted { $0.name < $1.name }
        let parsed = ParallelMap.map(csvFiles) { $0.columns?.list ?? columns($0.contents, separator: excel ? ";" : ",", excel: excel) }
        let tables = zip(csvFiles, parsed).map { (file: $0, columns: $1) }
        var kindByName: [String: Kind] = [:]
        for (_, columns) in tables {
            for (name, kind) in columns { kindByName[name] = max(kindByName[name] ?? .empty, kind) }
        }
        let resources: [Node] = tables.map { file, columns in
            let fields: [Node] = columns.map { name, kind in
                let type = (kind == .empty ? kindByName[name] ?? .empty : kind).type
                var members: [(String, Node)] = [("name", .string(name)), ("type", .string(type))]
                members.append(("title", .string(fieldTitle(name, context))))
                if excel, type == "number" { members.append(("decimalChar", .string(","))) }
                return .object(members)
            }
            let name = String(file.name.dropLast(4))
            return .object([
                ("name", .string(name)),
                ("path", .string(file.name)),
                ("profile", .string("tabular-data-resource")),
                ("title", .string(titles[file.name] ?? name)),
                ("format", .string("csv")),
                ("mediatype", .string("text/csv")),
                ("encoding", .string("utf-8")),
                ("dialect", .object([("delimiter", .string(excel ? ";" : ",")), ("lineTerminator", .string("\r\n")),
                                     ("quoteChar", .string("\"")), ("doubleQuote", .bool(true)), ("header", .bool(true))])),
                ("schema", .object([("fields", .array(fields)), ("missingValues", .array([.string("")]))])),
            ])
        }
        let edition = context.result.edition
        let package: Node = .object([
            ("profile", .string("tabular-data-package")),
            ("name", .string("metaeval-" + edition.id)),
            ("title", .string(edition.label.text(context.language))),
            ("description", .string(context.t("datapackage-description"))),
            ("version", .string(edition.id)),
            ("sources", .array([.object([("title", .string(edition.citation.isEmpty ? edition.id : edition.citation))])])),
            ("resources", .array(resources)),
        ])
        return ReportFile(name: fileName, contents: JSONWriter.render(package) + "\n")
    }

    /// What a column's non-empty cells hold, from the narrowest kind to the widest.
    enum Kind: Int, Comparable {
        case empty, integer, number, string

        static func < (left: Kind, right: Kind) -> Bool { left.rawValue < right.rawValue }

        var type: String {
            switch self {
            case .integer: "integer"
            case .number: "number"
            case .empty, .string: "string"
            }
        }

        /// One cell: a whole number (`-12`), a decimal number (`3.5`, or `3,5` in the Danish
        /// Excel dialect, where a point makes it text), or text.
        static func of(_ cell: String, excel: Bool) -> Kind { of(cell.utf8, excel: excel) }

        static func of<Bytes: Sequence<UInt8>>(_ cell: Bytes, excel: Bool) -> Kind {
            var reader = Reader(excel: excel)
            for byte in cell { reader.read(byte) }
            return reader.kind
        }

        /// The kind of a cell read one byte at a time; the writer stops reading a cell once it
        /// is text (`isText`).
        struct Reader {
            private let decimal: UInt8
            private var length = 0, digits = 0, points = 0
            private var lastWasPoint = false
            /// A byte was read that no number holds: the cell is text whatever follows.
            private(set) var isText = false

            init(excel: Bool) { decimal = UInt8(ascii: excel ? "," : ".") }

            mutating func read(_ byte: UInt8) {
                defer { length += 1 }
                if isText || (byte == UInt8(ascii: "-") && length == 0) { return }
                if byte &- UInt8(ascii: "0") < 10 {
                    digits += 1
                    lastWasPoint = false
                } else if byte == decimal, digits > 0, points == 0 {
                    points += 1
                    lastWasPoint = true
                } else {
                    isText = true
                }
            }

            var kind: Kind {
                if isText { return .string }
                if length == 0 { return .empty }
                if digits == 0 || lastWasPoint { return .string }
                return points == 0 ? .integer : .number
            }
        }
    }

    /// Each column's name and the widest kind of its cells, gathered by `CSVWriter.file` from
    /// the cells as it writes them (before quoting), as `columns` would read them back.
    struct Columns: Sendable, Equatable {
        private(set) var names: [String]
        private(set) var kinds: [Kind]
        let excel: Bool

        init(count: Int, excel: Bool) {
            names = [String](repeating: "", count: count)
            kinds = [Kind](repeating: .empty, count: count)
            self.excel = excel
        }

        var list: [(name: String, kind: Kind)] { Array(zip(names, kinds)) }

        mutating func name(_ bytes: UnsafeBufferPointer<UInt8>, column: Int) {
            names[column] = String(decoding: bytes, as: UTF8.self)
        }

        /// One body cell; the rest of a cell known to be text changes nothing.
        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, column: Int) {
            guard kinds[column] != .string else { return }
            var reader = Kind.Reader(excel: excel)
            for byte in bytes {
                reader.read(byte)
                if reader.isText { break }
            }
            kinds[column] = max(kinds[column], reader.kind)
        }
    }

    /// Each column of one CSV table as this tool writes it, with the widest kind of its cells;
    /// a row with another number of cells than the header is not counted. Cells are split by
    /// `CSVTokenizer`. Only a table not made by `CSVWriter.file` is read back this way: the
    /// writer gathers the same columns as it writes (`Columns`).
    static func columns(_ text: String, separator: Character, excel: Bool) -> [(name: String, kind: Kind)] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var tokenizer = CSVTokenizer(bytes: bytes, separator: separator.asciiValue!)
        guard let header = tokenizer.next()?.fields else { return [] }
        var kinds = [Kind](repeating: .empty, count: header.count)
        var row: [Kind] = []
        while tokenizer.nextRow({ row.append(Kind.of($0, excel: excel)) }) != nil {
            if row.count == header.count {
                for column in row.indices where row[column] > kinds[column] { kinds[column] = row[column] }
            }
            row.removeAll(keepingCapacity: true)
        }
        return Array(zip(header, kinds))
    }

    /// A field's label: the codebook label of a level or theme id, or the `field-<name>` report label.
    static func fieldTitle(_ name: String, _ context: ReportContext) -> String {
        if let level = context.codebook.knowledgeLevels[name] { return level.label.text(context.language) }
        let label = context.codebook.label(of: name, context.language)
        if label != name { return label }
        return context.t("field-" + name.replacingOccurrences(of: "_", with: "-"))
    }
}
