import Foundation

/// Writes an edition's report folder all at once: the files go into a temporary sibling folder,
/// which replaces the old folder only when every file is written, so a failed run never leaves
/// half-written reports. Also compares a folder with what would be written (`run --check`).
public struct ReportWriter {
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    public func write(_ files: [ReportFile]) throws {
        let manager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(folder.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            for file in files {
                try Data(file.bytes).write(to: staging.appendingPathComponent(file.name))
            }
            if manager.fileExists(atPath: folder.path) {
                try manager.moveItem(at: folder, to: retired)
                do {
                    try manager.moveItem(at: staging, to: folder)
                } catch {
                    try? manager.moveItem(at: retired, to: folder)
                    throw error
                }
                try? manager.removeItem(at: retired)
            } else {
                try manager.moveItem(at: staging, to: folder)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }

    /// The names of files that are missing, different or extra on disk; empty when up to date.
    public func differences(_ files: [ReportFile]) -> [String] {
        var problems: [String] = []
        let expected = Set(files.map(\.name))
        for file in files {
            let path = folder.appendingPathComponent(file.name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append("\(file.name): missing")
                continue
            }
            if data != Data(file.bytes) { problems.append("\(file.name): differs from what the corpus gives") }
        }
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in present.sorted() where !expected.contains(name) && !name.hasPrefix(".") {
            problems.append("\(name): not produced by this run")
        }
        return problems
    }
}
