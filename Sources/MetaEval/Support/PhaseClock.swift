import Foundation

/// Wall-clock time of a command's phases, printed to standard error when the environment
/// variable `METAEVAL_TIMINGS` is set (`make bench` sets it); silent otherwise, so output
/// never depends on it.
public struct PhaseClock {
    /// Whether `METAEVAL_TIMINGS` is set, read once per process.
    public static let isEnabled = ProcessInfo.processInfo.environment["METAEVAL_TIMINGS"] != nil
    private var last = DispatchTime.now().uptimeNanoseconds

    public init() {}

    /// Prints the time since the previous mark, named by `phase`.
    public mutating func mark(_ phase: String) {
        guard Self.isEnabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        FileHandle.standardError.write(Data("time: \(phase) \(String(format: "%.3f", Double(now - last) / 1e9)) s\n".utf8))
        last = now
    }
}
