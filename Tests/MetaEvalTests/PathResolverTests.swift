import Foundation
import Testing
@testable import MetaEval

/// The shared-folder resolver gives what `realpath` gives, for files, links to files and
/// folders, dangling links, missing files and `.` components.
@Suite struct PathResolverTests {
    @Test func resolvesAsRealpathDoes() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("metaeval-resolver-\(UUID().uuidString)").path
        defer { try? manager.removeItem(atPath: root) }
        try manager.createDirectory(atPath: root + "/corpus/documents", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root + "/outside", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/corpus/documents/a.txt"))
        try Data("y".utf8).write(to: URL(fileURLWithPath: root + "/outside/b.txt"))
        try manager.createSymbolicLink(atPath: root + "/corpus/documents/link.txt", withDestinationPath: root + "/outside/b.txt")
        try manager.createSymbolicLink(atPath: root + "/corpus/documents/dangling.txt", withDestinationPath: root + "/nowhere.txt")
        try manager.createSymbolicLink(atPath: root + "/corpus/away", withDestinationPath: root + "/outside")
        try manager.createSymbolicLink(atPath: root + "/corpus/docs", withDestinationPath: "documents")
        let resolver = PathResolver()
        for name in ["documents/a.txt", "documents/link.txt", "documents/dangling.txt", "documents/missing.txt", "away/b.txt",
                     "docs/a.txt", "docs/link.txt", "./documents/a.txt", "documents/./a.txt", "documents/.", "documents/",
                     "documents", "away", "a.txt/x", "documents/a.txt/."] {
            for _ in 0..<2 {
                let path = root + "/corpus/" + name
                #expect(resolver.resolved(path) == DocumentPath.resolved(path), "\(name)")
            }
        }
    }
}
