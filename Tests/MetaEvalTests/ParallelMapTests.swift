import Foundation
import Testing
@testable import MetaEval

@Suite struct ParallelMapTests {
    @Test func keepsInputOrderWhateverFinishesFirst() {
        let items = Array(0..<200)
        let result = ParallelMap.map(items, workers: 4) { item -> String in
            if item % 7 == 0 { Thread.sleep(forTimeInterval: 0.001) }
            return "item-\(item)"
        }
        #expect(result == items.map { "item-\($0)" })
    }

    @Test func givesTheSameResultAsSerialWork() {
        let items = (0..<500).map { "dokument \($0) om virksomhedspraktik" }
        let transform: @Sendable (String) -> Int = { text in text.utf8.reduce(0) { ($0 &* 31) &+ Int($1) } }
        #expect(ParallelMap.map(items, workers: 3, transform) == items.map(transform))
        #expect(ParallelMap.map([String](), workers: 3, transform).isEmpty)
    }

    /// `value` waits for the work on the other thread, however long it takes, and gives the
    /// same value each time it is asked.
    @Test func aBackgroundValueIsWaitedFor() {
        let gate = DispatchSemaphore(value: 0)
        let background = BackgroundValue { () -> [Int] in
            gate.wait()
            return (1...1000).map { $0 * $0 }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { gate.signal() }
        #expect(background.value.count == 1000 && background.value.last == 1_000_000)
        #expect(background.value == (1...1000).map { $0 * $0 })
    }
}
