import Foundation

/// `metaeval diff`: builds two editions from the same corpus and prints, as Markdown, what
/// changed in every table: projects added, excluded and reclassified, and each cell that moved.
public struct DiffCommand: Command {
    public let name = "diff"
    public let summary = "show what changed in every table between two editions"
    public let help = """
        usage: metaeval diff --from E1 --to E2 [--out FILE] [--corpus DIR] [--codebook DIR] [--lang da|en]

        Runs the pipeline for editions E1 and E2 (codebook/editions/<id>.json) over the same
        corpus and writes a Markdown report: projects that entered the tables (added), left
        them (excluded) or changed knowledge level (reclassified), with their status in each
        edition; then, for every table, each cell whose value differs, by row and column.
        Tables only one edition has (e.g. reconciliation, which needs published figures) are
        named. The output is the same bytes for the same input. Without --out it goes to
        standard output; FILE is written atomically.

        Exit status: 0 written, 1 invalid input, 2 wrong usage.

        """

    public init() {}

    public func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let arguments = parse(arguments, valued: ["from", "to", "out", "corpus", "codebook", "lang"], console: console) else {
            return arguments.contains("--help") || arguments.contains("-h") ? .success : .usage
        }
        guard arguments.positionals.isEmpty, let from = arguments["from"], let to = arguments["to"],
              let language = Language(rawValue: arguments["lang"] ?? "da") else {
            console.err("metaeval diff: expected --from E1 --to E2 (and --lang da or en)\nRun 'metaeval diff --help' for usage.\n")
            return .usage
        }
        let workspace = Workspace(arguments)
        var (codebook, old, records, diagnostics) = workspace.load(edition: from)
        var new: Edition?
        if let codebook {
            let (loaded, problems) = EditionLoader(codebookDirectory: workspace.codebook, codebook: codebook).load(to)
            new = loaded
            diagnostics += problems
        }
        let (merges, mergeDiagnostics) = workspace.loadMerges(records: records)
        diagnostics += mergeDiagnostics
        console.report(diagnostics)
        guard let codebook, let old, let new, !diagnostics.hasErrors else {
            console.err("metaeval diff: \(diagnostics.filter { $0.severity == .error }.count) error(s); nothing written\n")
            return .failure
        }
        let reports = ReportSet.standard(codebook: codebook)
        func build(_ edition: Edition) -> (PipelineResult, [ReportFile]) {
            let result = Pipeline(codebook: codebook, edition: edition, merges: merges).run(records)
            return (result, reports.build(ReportContext(result: result, language: language)))
        }
        let (oldResult, oldFiles) = build(old)
        let (newResult, newFiles) = build(new)
        let renderer = EditionDiffReport(codebook: codebook, language: language)
        let diff = EditionDiff(from: oldResult, oldFiles, to: newResult, newFiles, status: renderer.status)
        let text = renderer.markdown(diff, from: old, to: new)
        guard let out = arguments["out"] else {
            console.out(text)
            return .success
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            console.err("metaeval diff: cannot write \(out): \(error.localizedDescription)\n")
            return .failure
        }
        console.out("\(out): \(diff.added.count) added, \(diff.excluded.count) excluded, \(diff.reclassified.count) reclassified, \(diff.cells.count) cells moved\n")
        return .success
    }
}
