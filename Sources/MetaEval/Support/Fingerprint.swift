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
