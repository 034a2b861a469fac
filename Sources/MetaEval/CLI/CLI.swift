import Foundation

/// The `metaeval` command line: finds the subcommand and runs it. `main.swift` only calls
/// this and exits with its status; tests drive the same type with their own arguments.
public struct CLI: Sendable {
    public var commands: [any Command]

    public init(commands: [any Command] = CLI.allCommands) { self.commands = commands }

    public static var allCommands: [any Command] {
        [RunCommand(), ValidateCommand(), SuggestCommand(), ImportCommand(), DedupCommand(), DiffCommand(), SynthCommand()]
    }

    public var usage: String {
        var text = "usage: metaeval <command> [options]\n\nCommands:\n"
        for command in commands {
            text += "  " + command.name.padding(toLength: 10, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += "\nRun 'metaeval <command> --help' for a command's options.\n"
        return text
    }

    public func run(_ arguments: [String], console: Console = .standard) -> ExitCode {
        guard let first = arguments.first else {
            console.err(usage)
            return .usage
        }
        if first == "--help" || first == "-h" || first == "help" {
            console.out(usage)
            return .success
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            console.err("metaeval: unknown command '\(first)'\n\n" + usage)
            return .usage
        }
        return command.run(Array(arguments.dropFirst()), console: console)
    }
}
