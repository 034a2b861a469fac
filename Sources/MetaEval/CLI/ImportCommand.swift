import Foundation

/// `metaeval import`: turns the rows of a spreadsheet (CSV) of new projects from one channel
/// into corpus records, each written atomically and never over an existing record.
public struct ImportCommand: Command {
    public let name = "import"
    public let summary = "turn spreadsheet rows of new projects into records"
    public let help = """
        usage: metaeval import FILE.csv --channel NAME [--dry-run] [--corpus DIR] [--codebook DIR]

        Reads FILE.csv (RFC 4180, or Danish Excel: semicolon, UTF-8 with or without a byte-order
        mark, Windows-1252 with a warning, CRLF) whose header row names the columns in Danish or
        English (titel/title, formål/purpose, metode/method, målgruppe/target group, periode/period
        or start and slut/end, deltagere/participants, kontaktperson/contact, kommune/organisation,
        kilde/source, type/kind, id; see the README). Each good row becomes DIR/<id>.json with the
        channel, the new ids numbered from the highest p<number> in the corpus (at least p110) in
        row order. What a row states is coded as a human code by "import:<channel>".

        Every bad row is reported as FILE:ROW: error: COLUMN: expected … (the header is row 1);
        the good rows are still written. An existing record is never overwritten: a clash is an
        error for that row.

          --channel NAME   the channel the projects came through: a codebook channel id
                           (key-persons, information-search, labour-market-agency, social-agency,
                           project-team)
          --dry-run        write nothing; print what would be written
          --corpus DIR     record folder (default corpus)
          --codebook DIR   codebook folder (default codebook)

        Exit status: 0 every row imported; 1 the file could not be read or at least one row was
        bad (the good rows are written all the same); 2 wrong usage.

        """

    public init() {}

    public func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let arguments = parse(arguments, valued: ["channel", "corpus", "codebook"], flags: ["dry-run"], console: console) else {
            return arguments.contains("--help") || arguments.contains("-h") ? .success : .usage
        }
        guard arguments.positionals.count == 1, let channel = arguments["channel"] else {
            console.err("metaeval import: expected one FILE.csv and --channel NAME\nRun 'metaeval import --help' for usage.\n")
            return .usage
        }
        let path = arguments.positionals[0]
        let workspace = Workspace(arguments)
        let (codebook, codebookDiagnostics) = CodebookLoader(directory: workspace.codebook).load()
        console.report(codebookDiagnostics)
        guard let codebook, !codebookDiagnostics.hasErrors else { return .failure }
        let channels = codebook.descriptiveGroup("channel")?.children.map(\.id) ?? []
        guard channels.contains(channel) else {
            console.err("metaeval import: unknown channel \"\(channel)\"; expected one of: \(channels.joined(separator: ", "))\n")
            return .usage
        }
        let existing: [String]
        do {
            existing = try CorpusLoader(directory: workspace.corpus, codebook: nil).recordFiles().map { String($0.dropLast(5)) }
        } catch {
            console.err("\(workspace.corpus.relativePath): error: cannot read the corpus folder: \(error.localizedDescription)\n")
            return .failure
        }
        let data: [UInt8]
        switch FileContents.read(path) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            console.err("\(path): error: \(failure.message); expected a spreadsheet (.csv)\n")
            return .failure
        }
        let reader = CSVReader(file: path)
        let (opened, openDiagnostics) = reader.open(data)
        var diagnostics = openDiagnostics
        let importer = SpreadsheetImporter(channel: channel, file: path)
        let (columns, columnDiagnostics) = opened.map { importer.columns($0.header) } ?? ([], [])
        diagnostics += columnDiagnostics
        guard var stream = opened, !diagnostics.hasErrors else {
            console.report(diagnostics)
            console.err("metaeval import: \(path) cannot be read as a table; nothing written\n")
            return .failure
        }
        var allocator = RecordIdAllocator(existing: existing)
        let existingIds = Set(existing)
        let decoder = RecordDecoder(codebook: codebook)
        let writer = RecordFileWriter(folder: workspace.corpus)
        let dryRun = arguments.has("dry-run")
        var written = 0
        while let row = stream.next() {
            let (made, problems) = importer.draft(row, columns: columns, header: stream.header.fields, separator: stream.separator)
            diagnostics += problems
            guard var draft = made else { continue }
            draft.record.id = draft.id ?? allocator.allocate()
            let target = workspace.corpus.relativePath + "/\(draft.record.id).json"
            if existingIds.contains(draft.record.id) {
                diagnostics.append(.error(path, line: draft.row, field: "id", "record \(draft.record.id) already exists (\(target)); an import never overwrites a record"))
                continue
            }
            let check = decoder.decode(Array(RecordEncoder.encode(draft.record).utf8), file: target).1.filter { $0.severity == .error }
            if !check.isEmpty {
                diagnostics += check.map { .error(path, line: draft.row, field: $0.field, $0.message) }
                continue
            }
            if dryRun {
                console.out("would write \(target) (row \(draft.row)): \(draft.record.title)\n")
                written += 1
                continue
            }
            do {
                try writer.write(draft.record)
                console.out("wrote \(target) (row \(draft.row)): \(draft.record.title)\n")
                written += 1
            } catch {
                switch error {
                case .exists(let other):
                    diagnostics.append(.error(path, line: draft.row, field: "id", "record \(draft.record.id) already exists (\(other)); an import never overwrites a record"))
                case .io(let reason):
                    diagnostics.append(.error(path, line: draft.row, "cannot write \(target): \(reason)"))
                }
            }
        }
        diagnostics += stream.diagnostics + reader.finish(stream)
        console.report(diagnostics)
        if stream.rowsRead == 0 {
            console.err("metaeval import: \(path) has no data row that could be read; nothing written\n")
            return .failure
        }
        let badRows = Set(diagnostics.filter { $0.severity == .error }.compactMap(\.line)).count
        let verb = dryRun ? "would import" : "imported"
        console.out("\(path): \(verb) \(written) row(s) through channel \(channel)"
                    + (badRows > 0 ? "; \(badRows) row(s) with errors not imported" : "")
                    + (written > 0 && !dryRun ? "; run 'metaeval dedup' to find duplicates" : "") + "\n")
        return diagnostics.hasErrors ? .failure : .success
    }
}
