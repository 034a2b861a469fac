import Foundation

/// One pass over a sentence that tells which of many lexicons can have a hit in it, so each
/// coder runs its own lexicon only where the screen found one of its phrases somewhere in the
/// case-folded text (word boundaries not checked). A lexicon the screen does not know, or a
/// sentence not screened, is always run: the screen only ever skips work.
public struct LexiconScreen: Sendable {
    private let automaton: Automaton
    /// The lexicons whose phrases end in each state.
    private let stateMasks: [LexiconMask]
    /// Every sentence's mask starts from this: no hit yet, and the lexicons the screen looks for.
    private let empty: LexiconMask

    public init(_ lexicons: [Lexicon]) {
        var strings: [[UInt8]] = []
        var owners: [Int] = []
        var empty = LexiconMask.unknown
        for lexicon in lexicons where lexicon.screenID < LexiconMask.capacity {
            empty.cover(lexicon.screenID)
            for phrase in lexicon.phrases {
                strings.append(PhraseMatcher.fold(Array(phrase.utf8)))
                owners.append(lexicon.screenID)
            }
        }
        self.empty = empty
        let automaton = Automaton(strings)
        self.automaton = automaton
        stateMasks = (0..<automaton.stateCount).map { state in
            var mask = LexiconMask.unknown
            for slot in Int(automaton.outputStart[state])..<Int(automaton.outputStart[state + 1]) {
                mask.insert(owners[Int(automaton.outputList[slot])])
            }
            return mask
        }
    }

    /// The lexicons that may have a hit in `text`.
    public func mask(_ text: String) -> LexiconMask {
        var copy = text
        return copy.withUTF8 { bytes in
            stateMasks.withUnsafeBufferPointer { stateMasks in
                var mask = empty
                automaton.scan(bytes) { _, state in
                    mask.formUnion(stateMasks[state])
                    return false
                }
                return mask
            }
        }
    }

    /// The sentences with their masks set.
    public func screen(_ sentences: [Sentence]) -> [Sentence] {
        var screened = sentences
        screen(&screened)
        return screened
    }

    /// Sets the masks in place, without a second array of sentences. Two sentences are read at
    /// once: a scan waits on each table lookup before the next, and two scans side by side
    /// overlap their waits.
    public func screen(_ sentences: inout [Sentence]) {
        var index = 0
        while index + 1 < sentences.count {
            (sentences[index].lexicons, sentences[index + 1].lexicons) = masks(sentences[index].text, sentences[index + 1].text)
            index += 2
        }
        if index < sentences.count { sentences[index].lexicons = mask(sentences[index].text) }
    }

    /// `mask` of two texts, in one loop over both.
    func masks(_ first: String, _ second: String) -> (LexiconMask, LexiconMask) {
        var first = first, second = second
        return first.withUTF8 { one in
            second.withUTF8 { two in
                stateMasks.withUnsafeBufferPointer { stateMasks in
                    automaton.next.withUnsafeBufferPointer { next in
                        automaton.classes.withUnsafeBufferPointer { classes in
                            let shift = automaton.columnShift
                            @inline(__always) func read(_ byte: UInt8, _ entry: inout Int32, _ mask: inout LexiconMask) {
                                entry = Automaton.step(next, classes, entry, byte)
                                if entry & 1 != 0 { mask.formUnion(stateMasks[Automaton.state(entry, columnShift: shift)]) }
                            }
                            var maskOne = empty, maskTwo = empty
                            var entryOne: Int32 = 0, entryTwo: Int32 = 0
                            let common = min(one.count, two.count)
                            for position in 0..<common {
                                read(one[position], &entryOne, &maskOne)
                                read(two[position], &entryTwo, &maskTwo)
                            }
                            for position in common..<one.count { read(one[position], &entryOne, &maskOne) }
                            for position in common..<two.count { read(two[position], &entryTwo, &maskTwo) }
                            return (maskOne, maskTwo)
                        }
                    }
                }
            }
        }
    }
}

/// Which lexicons may have a hit in a sentence: those the screen found a phrase of, and every
/// lexicon the screen did not look for (`unknown`, the mask of an unscreened sentence, looked
/// for none), so a lexicon left out of the screen is always run.
public struct LexiconMask: Sendable, Equatable {
    static let capacity = 128
    var low: UInt64 = 0
    var high: UInt64 = 0
    /// The lexicons the screen looked for, by the same bits.
    var coveredLow: UInt64 = 0
    var coveredHigh: UInt64 = 0

    public static let unknown = LexiconMask()

    mutating func insert(_ id: Int) {
        if id < 64 { low |= 1 << UInt64(id) } else if id < Self.capacity { high |= 1 << UInt64(id - 64) }
    }

    mutating func cover(_ id: Int) {
        if id < 64 { coveredLow |= 1 << UInt64(id) } else if id < Self.capacity { coveredHigh |= 1 << UInt64(id - 64) }
    }

    mutating func formUnion(_ other: LexiconMask) {
        low |= other.low
        high |= other.high
    }

    /// Whether the lexicon with this id may have a hit.
    func mayContain(_ id: Int) -> Bool {
        guard id < Self.capacity else { return true }
        let bit: UInt64 = 1 << UInt64(id % 64)
        let (found, covered) = id < 64 ? (low, coveredLow) : (high, coveredHigh)
        return covered & bit == 0 || found & bit != 0
    }
}

/// Gives every distinct phrase set one small number for the life of the process, so lexicons
/// with the same phrases, wherever they are built, share a bit of `LexiconMask`.
final class LexiconIDs: @unchecked Sendable {
    static let shared = LexiconIDs()
    private var ids: [[String]: Int] = [:]
    private let lock = NSLock()

    func id(for phrases: [String]) -> Int {
        lock.lock(); defer { lock.unlock() }
        if let id = ids[phrases] { return id }
        ids[phrases] = ids.count
        return ids.count - 1
    }
}
