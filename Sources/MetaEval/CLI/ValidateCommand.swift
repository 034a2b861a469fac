/// `metaeval validate`: checks the codebook, every edition and every record, and prints every
/// problem found, not only the first.
public struct ValidateCommand: Command {
    public let name = "validate"
    public let summary = "check every record and the codebook"
    public let help = """
        usage: metaeval validate [--corpus DIR] [--codebook DIR]

        Checks the codebook, every edition and every record, and prints every problem as
        FILE:LINE: error: FIELD: message. Exit status: 0 valid, 1 problems found, 2 wrong usage.

        """

    public init() {}

    public func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let arguments = parse(arguments, valued: ["corpus", "codebook"], console: console) else {
            return arguments.contains("--help") || arguments.contains("-h") ? .success : .usage
        }
        guard arguments.positionals.isEmpty else {
            console.err("metaeval validate: unexpected argument '\(arguments.positionals[0])'\n")
            return .usage
        }
        let workspace = Workspace(arguments)
        var (codebook, _, records, diagnostics) = workspace.load(edition: nil)
        diagnostics += workspace.loadMerges(records: records).1
        if let codebook {
            let loader = EditionLoader(codebookDirectory: workspace.codebook, codebook: codebook)
            for id in loader.editionIds() { diagnostics += loader.load(id).1 }
        }
        console.report(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            console.err("metaeval validate: \(errors) error(s)\n")
            return .failure
        }
        console.out("valid: codebook and \(records.count) records\n")
        return .success
    }
}
