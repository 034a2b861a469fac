/// A stable 64-bit FNV-1a digest, printed as hex: identical bytes give the same fingerprint
/// on every run and machine (unlike `Hasher`, which is seeded per process).
public enum Fingerprint {
    public static func hex<Bytes: Sequence>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
