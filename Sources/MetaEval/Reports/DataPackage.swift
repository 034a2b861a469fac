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
        let parsed = ParallelMap.map(csvFiles) { columns($0.contents, separator: excel ? ";" : ",", excel: excel) }
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
            let decimal = UInt8(ascii: excel ? "," : ".")
            var length = 0, digits = 0, points = 0
            var lastWasPoint = false
            for byte in cell {
                defer { length += 1 }
                if byte == UInt8(ascii: "-") && length == 0 { continue }
                if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                    digits += 1
                    lastWasPoint = false
                } else if byte == decimal, digits > 0, points == 0 {
                    points += 1
                    lastWasPoint = true
                } else {
                    return .string
                }
            }
            if length == 0 { return .empty }
            if digits == 0 || lastWasPoint { return .string }
            return points == 0 ? .integer : .number
        }
    }

    /// Each column of one CSV table as this tool writes it, with the widest kind of its cells;
    /// a row with another number of cells than the header is not counted. Cells are classified
    /// from their bytes (`CSVTokenizer.nextRow`), without building a string for each.
    static func columns(_ text: String, separator: Character, excel: Bool) -> [(name: String, kind: Kind)] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var tokenizer = CSVTokenizer(bytes: bytes, separator: separator.asciiValue!)
        var header: [String] = []
        _ = tokenizer.nextRow { header.append(String(decoding: $0, as: UTF8.self)) }
        var kinds = [Kind](repeating: .empty, count: header.count)
        var row: [Kind] = []
        while tokenizer.nextRow({ row.append(Kind.of($0, excel: excel)) }) != nil {
            if row.count == header.count {
                for index in row.indices { kinds[index] = max(kinds[index], row[index]) }
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
