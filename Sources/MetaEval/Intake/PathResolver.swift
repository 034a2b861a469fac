import Foundation

/// Resolves links and `.` in paths (as `realpath` does) that share a few folders — a corpus's
/// documents folder — with one `lstat` per path: each folder is resolved once, and a file that
/// is not itself a link resolves to its resolved folder plus its name. `realpath` looks at every
/// component of every path, six system calls per document at /tmp/archive/corpus/documents.
/// Safe to share between threads.
final class PathResolver: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: [String: String?] = [:]

    /// The path with every link and `.` resolved, or nil when nothing is there.
    func resolved(_ path: String) -> String? {
        let bytes = path.utf8
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return DocumentPath.resolved(path) }
        let folder = String(path[..<slash])
        let name = path[path.index(after: slash)...]
        // "", "." and "..": not a name in the folder.
        let isSpecial = name.utf8.count <= 2 && name.utf8.allSatisfy { $0 == UInt8(ascii: ".") }
        guard !folder.isEmpty, !isSpecial else { return DocumentPath.resolved(path) }
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        if (status.st_mode & S_IFMT) == S_IFLNK { return DocumentPath.resolved(path) }
        guard let resolvedFolder = resolvedFolder(folder) else { return nil }
        return (resolvedFolder == "/" ? "" : resolvedFolder) + "/" + name
    }

    private func resolvedFolder(_ folder: String) -> String? {
        lock.lock()
        let known = folders[folder]
        lock.unlock()
        if let known { return known }
        let resolved = DocumentPath.resolved(folder)
        lock.lock()
        folders[folder] = .some(resolved)
        lock.unlock()
        return resolved
    }
}
