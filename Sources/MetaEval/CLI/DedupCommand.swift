/// `metaeval dedup`: lists likely duplicate records across channels and imports, scored and
/// with reasons, for a person to decide on in `corpus/decisions/merges.json`.
public struct DedupCommand: Command {
    public let name = "dedup"
    public let summary = "list likely duplicate projects with the reason for each pair"
    public let help = """
        usage: metaeval dedup [--corpus DIR] [--codebook DIR] [--format md|csv] [--lang da|en]
                              [--csv-dialect rfc4180|excel-da]

        Compares every record's title, organisation and period and prints the likely duplicate
        pairs, best first, with a score from 0 to 1 and the reasons: same normalised title (case,
        punctuation, hyphens, word order and ae/oe/aa for æ/ø/å do not count), word-set
        similarity of at least 0.5, same organisation or municipality, overlapping period.
        Pairs already merged, or decided to be distinct projects, are left out. Nothing is
        merged: a person records each decision in DIR/decisions/merges.json as
          {"merges": [{"kept": "f02", "duplicates": ["p111"], "coder": "KL", "note": "…"}],
           "distinct": [{"records": ["f03", "p112"], "coder": "KL", "note": "…"}]}
        which `run` applies (the kept record takes the duplicates' channels and ids) and
        `validate` checks (unknown ids, self-merges, a record in two merges, a pair both
        merged and distinct).

        Exit status: 0 listed (even when pairs were found), 1 invalid input, 2 wrong usage.

        """

    public init() {}

    public func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let arguments = parse(arguments, valued: ["corpus", "codebook", "format", "lang", "csv-dialect"], console: console) else {
            return arguments.contains("--help") || arguments.contains("-h") ? .success : .usage
        }
        guard arguments.positionals.isEmpty else {
            console.err("metaeval dedup: unexpected argument '\(arguments.positionals[0])'\n")
            return .usage
        }
        let format = arguments["format"] ?? "md"
        guard format == "md" || format == "csv", let language = Language(rawValue: arguments["lang"] ?? "da"),
              let dialect = CSVWriter.Dialect(rawValue: arguments["csv-dialect"] ?? "rfc4180") else {
            console.err("metaeval dedup: --format must be md or csv, --lang da or en, --csv-dialect rfc4180 or excel-da\n")
            return .usage
        }
        let workspace = Workspace(arguments)
        var (codebook, _, records, diagnostics) = workspace.load(edition: nil)
        let decisions = MergeDecisionsLoader(corpus: workspace.corpus).loadDecisions(records: records)
        diagnostics += decisions.diagnostics
        console.report(diagnostics)
        guard let codebook, !diagnostics.hasErrors else {
            console.err("metaeval dedup: \(diagnostics.filter { $0.severity == .error }.count) error(s)\n")
            return .failure
        }
        let candidates = DuplicateFinder().candidates(records, merges: decisions.merges, distinct: decisions.distinct)
        let report = DuplicateCandidatesReport(codebook: codebook, language: language)
        console.out(format == "csv" ? report.csv(candidates, writer: CSVWriter(dialect: dialect)) : report.markdown(candidates))
        return .success
    }
}
