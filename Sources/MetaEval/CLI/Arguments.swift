/// Parses a command's arguments by hand: `--name value`, `--name=value`, boolean flags and
/// positional arguments. Anything unknown is a usage error (exit 2).
public struct Arguments {
    /// A usage error with the message to print.
    public struct UsageError: Error, Equatable {
        public let message: String
    }

    public private(set) var options: [String: String] = [:]
    public private(set) var flags: Set<String> = []
    public private(set) var positionals: [String] = []

    /// - Parameters:
    ///   - valued: option names that take a value (without `--`).
    ///   - flags: option names that take none.
    public init(_ arguments: [String], valued: Set<String>, flags allowedFlags: Set<String>) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                positionals += arguments[index...]
                break
            }
            guard argument.hasPrefix("--"), argument.count > 2 else {
                if argument.hasPrefix("-") && argument.count > 1 && argument != "-" {
                    throw UsageError(message: "unknown option \(argument)")
                }
                positionals.append(argument)
                continue
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if allowedFlags.contains(name) {
                if inlineValue != nil { throw UsageError(message: "--\(name) takes no value") }
                flags.insert(name)
            } else if valued.contains(name) {
                if options[name] != nil { throw UsageError(message: "--\(name) given twice") }
                if let inlineValue {
                    options[name] = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError(message: "--\(name) needs a value") }
                    options[name] = arguments[index]
                    index += 1
                }
            } else {
                throw UsageError(message: "unknown option --\(name)")
            }
        }
    }

    public subscript(option: String) -> String? { options[option] }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}
