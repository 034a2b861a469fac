/// Tests on eight bytes at once (one `UInt64` read from text), for the pre-checks that let a
/// coder skip a sentence without reading it byte by byte. Each is exact: it says whether one
/// of the eight bytes is such a byte, never more.
enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether one of the word's bytes is zero.
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highs != 0
    }

    /// Whether one of the word's bytes is `byte`.
    @inline(__always)
    static func has(_ byte: UInt8, in word: UInt64) -> Bool {
        hasZeroByte(word ^ (ones &* UInt64(byte)))
    }

    /// Whether one of the word's bytes is an ASCII digit (0x30-0x39): the low seven bits of each
    /// byte are compared with the range's ends without a carry between bytes, and a byte from
    /// 0x80 up never counts.
    @inline(__always)
    static func hasDigit(_ word: UInt64) -> Bool {
        let low = word & (ones &* 0x7F)
        let belowTop = (ones &* (127 + 0x3A)) &- low  // high bit set where low < 0x3A
        let fromBottom = low &+ (ones &* (127 - 0x2F)) // high bit set where low > 0x2F
        return belowTop & fromBottom & ~word & highs != 0
    }

    /// Whether the bytes hold an ASCII digit, read eight at a time.
    static func containsDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            if hasDigit(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
            offset += 8
        }
        return bytes[offset...].contains { $0 &- 0x30 < 10 }
    }
}
