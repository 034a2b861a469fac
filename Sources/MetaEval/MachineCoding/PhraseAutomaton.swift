import Foundation

/// The Aho–Corasick automaton behind `PhraseMatcher` and `LexiconScreen`, built from folded
/// byte strings: a flat transition table of 256 columns per state, and for each state the
/// indices of the strings that end there (its own and those of its fallbacks), ascending.
/// Empty strings never match.
///
/// The table reads raw text bytes: case folding (`PhraseMatcher.fold`) is built into it, so a
/// scan is one load per byte. An entry is `state << 8 | flag`, the flag set when strings end in
/// `state`, so the next lookup is `next[entry & ~0xFF | byte]` — `Automaton.step`.
struct Automaton {
    var next: [Int32]
    var outputStart: [Int32]
    var outputList: [Int32]

    var stateCount: Int { next.count >> 8 }

    /// The entry after reading `byte` in the state of `entry` (0 is the start).
    @inline(__always)
    static func step(_ next: UnsafeBufferPointer<Int32>, _ entry: Int32, _ byte: UInt8) -> Int32 {
        next[Int(entry & ~0xFF) | Int(byte)]
    }

    /// The state of an entry, for `outputStart`.
    @inline(__always)
    static func state(_ entry: Int32) -> Int { Int(entry >> 8) }

    init(_ strings: [[UInt8]]) {
        var next = [Int32](repeating: -1, count: 256)
        next.reserveCapacity((strings.reduce(0) { $0 + $1.count } + 1) << 8)
        var outputs: [[Int32]] = [[]]
        var fail: [Int32] = [0]
        var lastByte: [UInt8] = [0]
        for (index, bytes) in strings.enumerated() where !bytes.isEmpty {
            var state = 0
            for byte in bytes {
                if next[state << 8 | Int(byte)] < 0 {
                    next[state << 8 | Int(byte)] = Int32(outputs.count)
                    next.append(contentsOf: repeatElement(-1, count: 256))
                    outputs.append([])
                    fail.append(0)
                    lastByte.append(byte)
                }
                state = Int(next[state << 8 | Int(byte)])
            }
            outputs[state].append(Int32(index))
        }
        var hasOutput = outputs.map { !$0.isEmpty }
        var queue: [Int] = []
        queue.reserveCapacity(outputs.count)
        next.withUnsafeMutableBufferPointer { next in
            for byte in 0..<256 {
                let target = next[byte]
                if target < 0 { next[byte] = 0 } else { fail[Int(target)] = 0; queue.append(Int(target)) }
            }
            var head = 0
            while head < queue.count {
                let state = queue[head]
                head += 1
                let row = state << 8, fallbackRow = Int(fail[state]) << 8
                for byte in 0..<256 {
                    let target = next[row | byte]
                    let fallback = next[fallbackRow | byte]
                    if target < 0 {
                        next[row | byte] = fallback
                    } else {
                        fail[Int(target)] = fallback
                        if hasOutput[Int(fallback)] {
                            outputs[Int(target)] += outputs[Int(fallback)]
                            hasOutput[Int(target)] = true
                        }
                        queue.append(Int(target))
                    }
                }
            }
            // Fold on reading: capitals take the lower-case column; a Latin-1 capital's second byte
            // takes its lower-case column only right after C3 (a state whose string ends in C3).
            // Then each entry becomes `state << 8 | flag`, row by row.
            for state in 0..<outputs.count {
                let row = state << 8
                for byte in 0x41...0x5A { next[row | byte] = next[row | (byte | 0x20)] }
                if state > 0 && lastByte[state] == 0xC3 {
                    for byte in 0x80...0x9E where byte != 0x97 { next[row | byte] = next[row | (byte + 0x20)] }
                }
                for index in row..<(row + 256) {
                    let target = Int(next[index])
                    next[index] = Int32(target << 8 | (hasOutput[target] ? 1 : 0))
                }
            }
        }
        self.next = next
        outputStart = [0]
        outputList = []
        for list in outputs {
            outputList += list.sorted()
            outputStart.append(Int32(outputList.count))
        }
    }
}

/// The automata built so far in this process, by their strings: coders that use the same
/// phrases (the "planned" cues, say) share one table instead of building it again.
final class AutomatonCache: @unchecked Sendable {
    static let shared = AutomatonCache()
    private var built: [[[UInt8]]: Automaton] = [:]
    private let lock = NSLock()

    func automaton(_ strings: [[UInt8]]) -> Automaton {
        lock.lock()
        if let automaton = built[strings] { lock.unlock(); return automaton }
        lock.unlock()
        let automaton = Automaton(strings)
        lock.lock(); built[strings] = automaton; lock.unlock()
        return automaton
    }
}
