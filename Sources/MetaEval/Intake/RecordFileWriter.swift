import Foundation

/// Writes one record file into the corpus atomically and never over an existing file: the JSON
/// goes to a hidden temporary file in the same folder, which is then hard-linked to its name
/// (the link fails when the name exists) and removed. A reader sees no file or the whole file.
public struct RecordFileWriter: Sendable {
    /// Why a record was not written.
    public enum Failure: Error, Equatable {
        case exists(String)
        case io(String)
    }

    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    public func write(_ record: ProjectRecord) throws(Failure) {
        let manager = FileManager.default
        let destination = folder.appendingPathComponent("\(record.id).json")
        if manager.fileExists(atPath: destination.path) { throw .exists(destination.path) }
        let temporary = folder.appendingPathComponent(".\(record.id).json.tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(RecordEncoder.encode(record).utf8).write(to: temporary, options: .atomic)
        } catch {
            throw .io(error.localizedDescription)
        }
        defer { try? manager.removeItem(at: temporary) }
        do {
            try manager.linkItem(at: temporary, to: destination)
        } catch {
            if manager.fileExists(atPath: destination.path) { throw .exists(destination.path) }
            throw .io(error.localizedDescription)
        }
    }
}
