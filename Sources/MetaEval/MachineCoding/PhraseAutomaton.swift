import Foundation

/// The Aho–Corasick automaton behind `PhraseMatcher` and `LexiconScreen`, built from folded
/// byte strings: a flat transition table with one row per state, and for each state the
/// indices of the strings that end there (its own and those of its fallbacks), ascending.
/// Empty strings never match.
///
/// The table reads raw text bytes through `classes`: bytes that no string tells apart share a
/// column (every byte no string holds goes to column 0, which leads back to the start), so a
/// row has a few dozen columns instead of 256 and the table stays small enough for the caches.
/// Case folding (`PhraseMatcher.fold`) is built into it: a capital takes its lower-case
/// letter's column, and a Latin-1 capital's second byte has a column of its own that leads
/// where the lower-case letter does only right after C3. An entry is `row << 1 | flag`
/// (`row = state << columnShift`), the flag set when strings end in the state, so a scan step
/// is two loads — `Automaton.step`.
struct Automaton {
    var next: [Int32]
    /// Each byte's column.
    var classes: [UInt8]
    /// Columns per row, as a power of two.
    var columnShift: Int
    var outputStart: [Int32]
    var outputList: [Int32]

    var stateCount: Int { next.count >> columnShift }

    /// The entry after reading `byte` in the state of `entry` (0 is the start).
    @inline(__always)
    static func step(_ next: UnsafeBufferPointer<Int32>, _ classes: UnsafeBufferPointer<UInt8>, _ entry: Int32, _ byte: UInt8) -> Int32 {
        next[Int(entry >> 1) | Int(classes[Int(byte)])]
    }

    /// The state of an entry, for `outputStart`.
    @inline(__always)
    static func state(_ entry: Int32, columnShift: Int) -> Int { Int(entry >> 1) >> columnShift }

    /// Runs the automaton over `bytes` and hands `visit` the position and state of every byte
    /// where strings end; stops as soon as `visit` returns true, and returns whether it did.
    /// The one scan loop of `PhraseMatcher` and `LexiconScreen`.
    @inline(__always)
    @discardableResult
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (_ position: Int, _ state: Int) -> Bool) -> Bool {
        next.withUnsafeBufferPointer { next in
            classes.withUnsafeBufferPointer { classes in
                var entry: Int32 = 0
                for position in 0..<bytes.count {
                    entry = Self.step(next, classes, entry, bytes[position])
                    if entry & 1 != 0, visit(position, Self.state(entry, columnShift: columnShift)) { return true }
                }
                return false
            }
        }
    }

    init(_ strings: [[UInt8]]) {
        // The table is built in columns from the start: a row has `width` entries, not 256.
        // Room for every row the trie can need is reserved (not touched until used), and a new
        // state's row is copied from one row of -1 (`repeatElement` cost ~200 instructions a row).
        let classes = Self.classes(strings)
        let columns = Int(classes.max() ?? 0) + 1
        var shift = 0
        while 1 << shift < columns { shift += 1 }
        let width = 1 << shift
        let emptyRow = [Int32](repeating: -1, count: width)
        var next = emptyRow
        next.reserveCapacity((strings.reduce(0) { $0 + $1.count } + 1) << shift)
        var outputs: [[Int32]] = [[]]
        var lastByte: [UInt8] = [0]
        for (index, bytes) in strings.enumerated() where !bytes.isEmpty {
            var state = 0
            for byte in bytes {
                let slot = state << shift | Int(classes[Int(byte)])
                if next[slot] < 0 {
                    next[slot] = Int32(outputs.count)
                    next.append(contentsOf: emptyRow)
                    outputs.append([])
                    lastByte.append(byte)
                }
                state = Int(next[slot])
            }
            outputs[state].append(Int32(index))
        }
        let stateCount = outputs.count
        var hasOutput = outputs.map { !$0.isEmpty }
        var fail = [Int32](repeating: 0, count: stateCount)
        var queue: [Int] = []
        queue.reserveCapacity(stateCount)
        next.withUnsafeMutableBufferPointer { next in
            fail.withUnsafeMutableBufferPointer { fail in
                for column in 0..<width {
                    let target = next[column]
                    if target < 0 { next[column] = 0 } else { fail[Int(target)] = 0; queue.append(Int(target)) }
                }
                var head = 0
                while head < queue.count {
                    let state = queue[head]
                    head += 1
                    let row = state << shift, fallbackRow = Int(fail[state]) << shift
                    for column in 0..<width {
                        let target = next[row | column]
                        let fallback = next[fallbackRow | column]
                        if target < 0 {
                            next[row | column] = fallback
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
            }
            // Fold on reading: a Latin-1 capital's second byte takes its lower-case column only
            // right after C3 (a state whose string ends in C3); ASCII capitals share their
            // lower-case letter's column already. Then each entry becomes `row << 1 | flag`.
            hasOutput.withUnsafeBufferPointer { hasOutput in
                for state in 0..<stateCount {
                    let row = state << shift
                    if state > 0 && lastByte[state] == 0xC3 {
                        for byte in 0x80...0x9E where byte != 0x97 && classes[byte] != 0 {
                            next[row | Int(classes[byte])] = next[row | Int(classes[byte + 0x20])]
                        }
                    }
                    for index in row..<(row + width) {
                        let target = Int(next[index])
                        next[index] = Int32((target << shift) << 1 | (hasOutput[target] ? 1 : 0))
                    }
                }
            }
        }
        self.next = next
        self.classes = classes
        columnShift = shift
        outputStart = [0]
        outputList = []
        for list in outputs {
            outputList += list.sorted()
            outputStart.append(Int32(outputList.count))
        }
    }
}

extension Automaton {
    /// The columns of the bytes: one for each byte the strings hold, one for each Latin-1
    /// capital's second byte whose lower-case letter they hold; ASCII capitals share their
    /// lower-case letter's column; every other byte is column 0.
    static func classes(_ strings: [[UInt8]]) -> [UInt8] {
        var used = [Bool](repeating: false, count: 256)
        for string in strings { for byte in string { used[Int(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)] = true } }
        for byte in 0x80...0x9E where byte != 0x97 && used[byte + 0x20] { used[byte] = true }
        var classes = [UInt8](repeating: 0, count: 256)
        var count = 0
        for byte in 0..<256 where used[byte] {
            count += 1
            classes[byte] = UInt8(count)
        }
        for byte in 0x41...0x5A { classes[byte] = classes[byte | 0x20] }
        return classes
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
