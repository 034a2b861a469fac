import Foundation

/// `metaeval run`: the whole pipeline for an edition, writing its reports atomically, or with
/// `--check` comparing them with the reports on disk.
public struct RunCommand: Command {
    public let name = "run"
    public let summary = "run the pipeline and write an edition's reports"
    public let help = """
        usage: metaeval run [--edition E] [--corpus DIR] [--codebook DIR] [--out DIR] [--lang da|en]
                            [--csv-dialect rfc4180|excel-da] [--check]
                            [--cache DIR | --no-cache] [--jobs N]

        Reads the codebook and every record, screens, codes and tallies them by the method of
        chapter 4, and writes the edition's reports to OUT/<edition>/ (Markdown and CSV).
        Nothing is written when any record or the codebook has an error.

          --edition E      edition id in codebook/editions (default 2005-2013)
          --corpus DIR     record folder (default corpus)
          --codebook DIR   codebook folder (default codebook)
          --out DIR        report folder (default reports)
          --lang da|en     label language (default da)
          --csv-dialect D  rfc4180 (default) or excel-da (semicolon, BOM, decimal comma)
          --check          write nothing; exit 1 when the reports on disk differ
          --cache DIR      where document codings are kept between runs, keyed by each
                           document's content, the codebook and the build of the tool
                           (default .build-cache/metaeval)
          --no-cache       code every document afresh and keep nothing
          --jobs N         documents coded at once (default: the number of cores)

        Documents named by records are machine-coded in parallel; an unchanged document is
        read back from the cache instead of being coded again. Output does not depend on
        --jobs or on the cache.

        Exit status: 0 success, 1 invalid input or stale reports, 2 wrong usage.

        """

    public init() {}

    public func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let arguments = parse(arguments, valued: ["edition", "corpus", "codebook", "out", "lang", "csv-dialect", "cache", "jobs"],
                                    flags: ["check", "no-cache"], console: console) else {
            return arguments.contains("--help") || arguments.contains("-h") ? .success : .usage
        }
        guard arguments.positionals.isEmpty else {
            console.err("metaeval run: unexpected argument '\(arguments.positionals[0])'\n")
            return .usage
        }
        guard let language = Language(rawValue: arguments["lang"] ?? "da") else {
            console.err("metaeval run: --lang must be da or en\n")
            return .usage
        }
        guard let dialect = CSVWriter.Dialect(rawValue: arguments["csv-dialect"] ?? "rfc4180") else {
            console.err("metaeval run: --csv-dialect must be rfc4180 or excel-da\n")
            return .usage
        }
        var workers = ParallelMap.defaultWorkers
        if let jobs = arguments["jobs"] {
            guard let count = Int(jobs), (1...256).contains(count) else {
                console.err("metaeval run: --jobs must be a number from 1 to 256\n")
                return .usage
            }
            workers = count
        }
        let editionId = arguments["edition"] ?? Workspace.defaultEdition
        let workspace = Workspace(arguments)
        var clock = PhaseClock()
        var (codebook, edition, records, diagnostics) = workspace.load(edition: editionId, checksDocumentText: false)
        let (merges, mergeDiagnostics) = workspace.loadMerges(records: records)
        diagnostics += mergeDiagnostics
        clock.mark("load")
        console.report(diagnostics)
        guard !diagnostics.hasErrors, let codebook, let edition else {
            console.err("metaeval run: \(diagnostics.filter { $0.severity == .error }.count) error(s); no report written\n")
            return .failure
        }
        let cache = arguments.has("no-cache") ? nil : DocumentCodingCache(
            folder: URL(fileURLWithPath: arguments["cache"] ?? DocumentCodingCache.defaultFolder),
            coderKey: DocumentCodingCache.coderKey(codebook: workspace.codebook, edition: edition.period))
        let runner = DocumentCodingRunner(corpus: workspace.corpus, coder: DocumentCoder(codebook: codebook, edition: edition.period),
                                          cache: cache, workers: workers)
        let documents = runner.run(records)
        clock.mark("documents")
        if !documents.codings.isEmpty {
            console.err("documents: \(documents.codings.count) (\(documents.coded) coded, \(documents.fromCache) from the cache, \(documents.unreadable) not read)\n")
        }
        let documentDiagnostics = documents.diagnostics(of: records, corpus: workspace.corpus.relativePath)
        console.report(documentDiagnostics)
        guard !documentDiagnostics.hasErrors else {
            console.err("metaeval run: \(documentDiagnostics.filter { $0.severity == .error }.count) error(s); no report written\n")
            return .failure
        }
        let result = Pipeline(codebook: codebook, edition: edition, merges: merges).run(records, codings: documents.codings)
        clock.mark("pipeline")
        let files = ReportSet.standard(codebook: codebook).build(ReportContext(result: result, language: language, csv: CSVWriter(dialect: dialect)))
        clock.mark("reports built")
        let folder = URL(fileURLWithPath: arguments["out"] ?? "reports").appendingPathComponent(edition.id)
        let writer = ReportWriter(folder: folder)
        if arguments.has("check") {
            let differences = writer.differences(files)
            if differences.isEmpty {
                console.out("\(folder.relativePath): up to date (\(files.count) files)\n")
                return .success
            }
            for difference in differences { console.err("\(folder.relativePath)/\(difference)\n") }
            console.err("metaeval run --check: the reports are stale; run 'make reports' and commit them\n")
            return .failure
        }
        do {
            try writer.write(files)
            clock.mark("reports written")
        } catch {
            console.err("metaeval run: cannot write \(folder.relativePath): \(error.localizedDescription); the previous reports are untouched\n")
            return .failure
        }
        console.out("\(folder.relativePath): wrote \(files.count) files from \(records.count) records\n")
        ProcessLifetime.keep(records, documents, result, files, runner, codebook)
        return .success
    }
}
