import Foundation

/// `metaeval suggest FILE`: reads one full-text project document and prints the machine-coded
/// draft — JSON for programs (CONTRACT.md), or a Markdown review sheet for the evaluator.
public struct SuggestCommand: Command {
    public let name = "suggest"
    public let summary = "machine-code one project document into a draft for review"
    public let help = """
        usage: metaeval suggest FILE [--edition E] [--format json|md] [--codebook DIR] [--lang da|en]

        Reads one project document (.txt or .md in UTF-8; Windows-1252 is read with a warning;
        .pdf where pdftotext is installed) and prints a machine-coded draft: title, period,
        participants, each inclusion criterion (box 4), importance (box 1), the working
        questions (box 5) and implementability, documentation, knowledge level and the
        experience statements split into atomic links — every decision with the sentence and
        line it rests on.

          --edition E      edition id in codebook/editions, for the period criterion (default 2005-2013)
          --format F       json (default; keys fixed by CONTRACT.md) or md (review sheet)
          --codebook DIR   codebook folder (default codebook)
          --lang da|en     language of the review sheet (default da)
          --corpus DIR     accepted for symmetry with the other commands; not read

        Exit status: 0 success (warnings on standard error), 1 unreadable, empty or binary
        document or invalid codebook, 2 wrong usage.

        """

    public init() {}

    public func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let arguments = parse(arguments, valued: ["edition", "format", "codebook", "corpus", "lang"], console: console) else {
            return arguments.contains("--help") || arguments.contains("-h") ? .success : .usage
        }
        guard arguments.positionals.count == 1, let file = arguments.positionals.first else {
            console.err("metaeval suggest: expected exactly one document FILE\nRun 'metaeval suggest --help' for usage.\n")
            return .usage
        }
        let format = arguments["format"] ?? "json"
        guard format == "json" || format == "md" else {
            console.err("metaeval suggest: --format must be json or md\n")
            return .usage
        }
        guard let language = Language(rawValue: arguments["lang"] ?? "da") else {
            console.err("metaeval suggest: --lang must be da or en\n")
            return .usage
        }
        let directory = URL(fileURLWithPath: arguments["codebook"] ?? Workspace.defaultCodebook)
        let (loaded, diagnostics) = CodebookLoader(directory: directory).load()
        var problems = diagnostics
        var edition: Edition?
        if let loaded {
            let (found, editionDiagnostics) = EditionLoader(codebookDirectory: directory, codebook: loaded).load(arguments["edition"] ?? Workspace.defaultEdition)
            edition = found
            problems += editionDiagnostics
        }
        guard let codebook = loaded, let edition, !problems.hasErrors else {
            console.report(problems)
            console.err("metaeval suggest: the codebook has errors; nothing coded\n")
            return .failure
        }
        let document: DecodedDocument
        switch DocumentReader.read(path: file) {
        case .failure(let failure):
            console.report([.error(file, line: failure.line, failure.message)])
            return .failure
        case .success(let decoded):
            document = decoded
        }
        console.report(document.warnings.map { .warning(file, line: $0.line, $0.message) })
        let coding = DocumentCoder(codebook: codebook, edition: edition.period).code(document, source: file)
        console.out(format == "json" ? SuggestionJSON.render(coding, codebook: codebook)
                                     : ReviewSheet(codebook: codebook, language: language).render(coding))
        return .success
    }
}
