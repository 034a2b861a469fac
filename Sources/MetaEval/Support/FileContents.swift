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

    public static func read(_ path: String) -> Result<[UInt8], Failure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.missing) }
        if isDirectory.boolValue { return .failure(.folder) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
        return .success([UInt8](data))
    }
}
