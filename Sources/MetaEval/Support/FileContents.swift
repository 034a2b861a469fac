import Foundation

/// Reads whole files at the edges of the pipeline and says in words why one cannot be read —
/// missing, a folder, or unreadable — so every loader names the same causes the same way.
public enum FileContents {
    /// Why a file could not be read.
    public enum Failure: Error, Equatable, Sendable {
        case missing
        case folder
        case unreadable

        public var message: String {
            switch self {
            case .missing: "no such file"
            case .folder: "is a folder, not a file"
            case .unreadable: "cannot be read (no permission, or not a regular file)"
            }
        }
    }

    /// The whole file, read with one `open`, `fstat` and as many `read`s as its size needs
    /// (Foundation's `fileExists` plus `contents(atPath:)` cost twice that per file, which
    /// shows at 10,000 records and 10,000 cached codings).
    public static func read(_ path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(.folder) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return readStream(descriptor) }
        // One byte more than the size, so that the end of the file is seen without another
        // buffer: a regular file gives fewer bytes than asked for only at its end, so a short
        // read ends it without a read that returns nothing; a file that grew since `fstat` is
        // read on to its end.
        let size = Int(status.st_size)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            while count < size + 1 {
                let got = Foundation.read(descriptor, buffer.baseAddress! + count, size + 1 - count)
                if got < 0 { if errno == EINTR { continue }; failed = true; return }
                if got == 0 { break }
                count += got
                if count < size + 1 { break }
            }
        }
        if failed { return .failure(.unreadable) }
        if bytes.count > size {
            guard case .success(let rest) = readStream(descriptor) else { return .failure(.unreadable) }
            bytes += rest
        }
        return .success(bytes)
    }

    /// Writes the bytes to a new file at the path (replacing one there) with one `open`, as many
    /// `write`s as they need and a `close`; false when it could not. No `fsync`: callers that
    /// need the bytes whole after a crash rename the file into place and check what they read
    /// (Foundation's `Data.write` syncs every file, which costs a cache of 10,000 entries seconds).
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        var written = 0
        let complete = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 { if errno == EINTR { continue }; return false }
                written += count
            }
            return true
        }
        return close(descriptor) == 0 && complete
    }

    /// What is left to read from a descriptor whose size is not known beforehand (a pipe, a
    /// device, or a file that grew since `fstat`).
    private static func readStream(_ descriptor: Int32) -> Result<[UInt8], Failure> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let got = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 { if errno == EINTR { continue }; return .failure(.unreadable) }
            if got == 0 { return .success(bytes) }
            bytes += chunk[0..<got]
        }
    }
}
