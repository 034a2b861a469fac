import Foundation

/// A value worked out on a thread of its own while the caller goes on; `value` waits for it.
/// The document runner builds the coder this way while it reads cached codings on the cores, so
/// an archive with one new document does not wait for the build after the reading.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let finished = NSCondition()
    private var isFinished = false

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            finished.lock()
            result = value
            isFinished = true
            finished.broadcast()
            finished.unlock()
        }
        thread.start()
    }

    var value: Value {
        finished.lock()
        defer { finished.unlock() }
        while !isFinished { finished.wait() }
        return result!
    }
}
