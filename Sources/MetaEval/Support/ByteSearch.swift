/// Looks at a buffer eight bytes at a time: for any of four byte values, as the writers must
/// know whether a cell needs quoting or escaping before copying it; for a non-ASCII byte; for a
/// digit, as the coder's pre-checks skip a sentence with none. The tests on one `UInt64` word
/// are exact: they say whether one of its eight bytes is such a byte, never more.
enum ByteSearch {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether a word has a zero byte; exact for the word as a whole.
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }

    /// Whether one of the word's bytes is `byte`.
    @inline(__always)
    static func has(_ byte: UInt8, in word: UInt64) -> Bool { hasZeroByte(word ^ (ones &* UInt64(byte))) }

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

    /// Whether the bytes hold an ASCII digit.
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

    /// Whether any byte equals `a`, `b`, `c` or `d`: a byte of a word equals one of them exactly
    /// when its XOR with that value is zero.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Bool {
        var index = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let (wa, wb, wc, wd) = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c), ones &* UInt64(d))
            while index + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if hasZeroByte(word ^ wa) || hasZeroByte(word ^ wb) || hasZeroByte(word ^ wc) || hasZeroByte(word ^ wd) { return true }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == a || byte == b || byte == c || byte == d { return true }
            index += 1
        }
        return false
    }

    /// Whether every byte is below 0x80 (ASCII), eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var any: UInt64 = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                any |= base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                index += 8
            }
        }
        while index < bytes.count {
            any |= UInt64(bytes[index])
            index += 1
        }
        return any & highs == 0
    }
}
