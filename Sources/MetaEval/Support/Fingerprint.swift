/// A stable 64-bit FNV-1a digest, printed as hex: identical bytes give the same fingerprint
/// on every run and machine (unlike `Hasher`, which is seeded per process).
public enum Fingerprint {
    public static func hex<Bytes: Sequence>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var digest = Digest()
        digest.combine(bytes)
        return digest.hex
    }

    /// The digest of several byte sequences one after another, the same as of their
    /// concatenation, without building it (a document's path, a separator, its bytes).
    public struct Digest {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        public init() {}

        public mutating func combine<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            var hash = self.hash
            let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
                for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
            if done == nil {
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
            self.hash = hash
        }

        public var hex: String {
            let hex = String(hash, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }
    }
}

/// A stable 64-bit digest of a document's content for the coding cache's keys, read eight bytes
/// a step (FNV-1a's byte-at-a-time multiply cost a 500 MB archive a second of CPU). Each part
/// is mixed in with its length, so parts split differently give different keys. Not for
/// published figures: the codebook's fingerprint stays `Fingerprint`'s FNV-1a.
public struct ContentDigest {
    private var hash: UInt64 = 0x243F_6A88_85A3_08D3

    public init() {}

    public mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine($0) }
    }

    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    public mutating func combine(_ raw: UnsafeRawBufferPointer) {
        var hash = self.hash
        var offset = 0
        while offset + 8 <= raw.count {
            hash = Self.mix(hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = Self.mix(hash ^ tail)
        self.hash = Self.mix(hash ^ UInt64(raw.count))
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product >> 29)
    }

    public var hex: String {
        let hex = String(Self.mix(hash), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
