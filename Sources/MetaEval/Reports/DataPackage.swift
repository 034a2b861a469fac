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
        let parsed = ParallelMap.map(csvFiles) { table($0.contents, separator: excel ? ";" : ",") }
        let tables = zip(csvFiles, parsed).map { (file: $0, table: $1) }
        var cellsByName: [String: [String]] = [:]
        for (_, (header, rows)) in tables {
            for (index, name) in header.enumerated() { cellsByName[name, default: []] += rows.map { $0[index] } }
        }
        let resources: [Node] = tables.map { file, parsed in
            let (header, rows) = parsed
            let fields: [Node] = header.enumerated().map { index, name in
                let cells = rows.map { $0[index] }
                let kind = type(cells.contains { !$0.isEmpty } ? cells : cellsByName[name] ?? [], excel: excel)
                var members: [(String, Node)] = [("name", .string(name)), ("type", .string(kind))]
                members.append(("title", .string(fieldTitle(name, context))))
                if excel, case .string("number") = members[1].1 { members.append(("decimalChar", .string(","))) }
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

    /// The header and rows of one CSV table as this tool writes it.
    static func table(_ text: String, separator: Character) -> ([String], [[String]]) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var tokenizer = CSVTokenizer(bytes: bytes, separator: separator.asciiValue!)
        let header = tokenizer.next()?.fields ?? []
        var rows: [[String]] = []
        while let row = tokenizer.next() { if row.fields.count == header.count { rows.append(row.fields) } }
        return (header, rows)
    }

    static func type(_ cells: [String], excel: Bool) -> String {
        let present = cells.filter { !$0.isEmpty }
        guard !present.isEmpty else { return "string" }
        if present.allSatisfy({ CSVWriter.isNumber($0) && !$0.contains(".") }) { return "integer" }
        if present.allSatisfy({ CSVWriter.isNumber(excel ? $0.replacingOccurrences(of: ",", with: ".") : $0) && !(excel && $0.contains(".")) }) { return "number" }
        return "string"
    }

    /// A field's label: the codebook label of a level or theme id, or the `field-<name>` report label.
    static func fieldTitle(_ name: String, _ context: ReportContext) -> String {
        if let level = context.codebook.knowledgeLevels[name] { return level.label.text(context.language) }
        let label = context.codebook.label(of: name, context.language)
        if label != name { return label }
        return context.t("field-" + name.replacingOccurrences(of: "_", with: "-"))
    }
}
