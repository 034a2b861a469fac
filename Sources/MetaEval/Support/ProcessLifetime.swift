/// Values a command leaves to the end of the process instead of freeing them one object at a
/// time: a run over a national archive holds millions of small objects, and releasing them
/// just before `exit` took a twentieth of a cached run. Only the `metaeval` executable turns
/// this on (tests and other callers of `CLI.run` free their values as usual), and only for
/// values whose last use is over.
public enum ProcessLifetime {
    nonisolated(unsafe) private static var kept: [Any] = []
    nonisolated(unsafe) private static var keepsValues = false

    /// Called once by the executable before it runs a command that ends the process.
    public static func endsWithProcess() { keepsValues = true }

    /// Keeps `values` until the process exits when the executable asked for it.
    static func keep(_ values: Any...) {
        if keepsValues { kept.append(contentsOf: values) }
    }
}
