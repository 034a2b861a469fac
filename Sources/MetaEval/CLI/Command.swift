/// A subcommand of `metaeval`: its name, a one-line summary, its `--help` text, and what it
/// does with its arguments.
public protocol Command: Sendable {
    var name: String { get }
    var summary: String { get }
    var help: String { get }
    func run(_ arguments: [String], console: Console) -> ExitCode
}

extension Command {
    /// Parses the arguments, printing help for `--help` and usage errors with exit 2.
    func parse(_ arguments: [String], valued: Set<String>, flags: Set<String> = [], console: Console) -> Arguments? {
        if arguments.contains("--help") || arguments.contains("-h") {
            console.out(help)
            return nil
        }
        do {
            return try Arguments(arguments, valued: valued, flags: flags)
        } catch {
            console.err("metaeval \(name): \(error.message)\nRun 'metaeval \(name) --help' for usage.\n")
            return nil
        }
    }
}
