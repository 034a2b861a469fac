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
}
