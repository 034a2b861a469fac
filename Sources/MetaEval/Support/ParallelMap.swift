import Foundation

/// Runs a transform over items on every available core and returns the results in the items'
/// order, so parallel work gives the same output as serial work. Work is handed out one item at
/// a time, so memory holds at most one item in progress per core.
public enum ParallelMap {
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], workers: Int = defaultWorkers, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        guard workers > 1, items.count > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(workers, items.count)) { _ in
            while let index = next.take(below: items.count) {
                slots.store(transform(items[index]), at: index)
            }
        }
        return slots.values()
    }

    /// Result slots written by index from several threads; each index is written exactly once.
    private final class Slots<Value>: @unchecked Sendable {
        private var storage: [Value?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func store(_ value: Value, at index: Int) {
            lock.lock(); storage[index] = value; lock.unlock()
        }
        func values() -> [Value] { storage.map { $0! } }
    }

    /// Hands out the next unclaimed index.
    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func take(below limit: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }
}
