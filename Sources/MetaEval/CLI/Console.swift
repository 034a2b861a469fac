import Foundation

/// Where a command writes: standard output for results, standard error for diagnostics.
/// Tests pass a capturing console to drive the CLI without a process.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        writeOut = out
        writeErr = err
    }

    public static var standard: Console {
        Console(out: { FileHandle.standardOutput.write(Data($0.utf8)) },
                err: { FileHandle.standardError.write(Data($0.utf8)) })
    }

    public func out(_ text: String) { lock.lock(); writeOut(text); lock.unlock() }
    public func err(_ text: String) { lock.lock(); writeErr(text); lock.unlock() }

    /// Prints diagnostics compiler-style on standard error, sorted, errors and warnings alike.
    public func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sorted() { err(diagnostic.description + "\n") }
    }
}
