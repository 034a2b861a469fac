/// The exit statuses of every command (CONTRACT.md).
public enum ExitCode: Int32, Sendable {
    /// Success.
    case success = 0
    /// The input is invalid or a check failed; messages name file, line and field.
    case failure = 1
    /// Wrong usage: unknown command or option, missing argument.
    case usage = 2
}
