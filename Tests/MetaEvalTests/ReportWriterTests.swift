import Foundation
import Testing
@testable import MetaEval

/// A run that fails while writing leaves the previous reports exactly as they were.
@Suite struct ReportWriterTests {
    static func contents(of folder: URL) throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return try Dictionary(uniqueKeysWithValues: names.map { name in
            (name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        })
    }

    @Test func aFailureInTheLastFileLeavesThePreviousReportsIntact() throws {
        let parent = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("2005-2013")
        try ReportWriter(folder: folder).write([ReportFile(name: "funnel.md", contents: "old funnel\n"),
                                                ReportFile(name: "funnel.csv", contents: "old,csv\n")])
        let before = try Self.contents(of: folder)

        // The last file cannot be written (its folder does not exist): the failure comes after
        // the first files of the new run were already written to the staging folder.
        let failing = [ReportFile(name: "funnel.md", contents: "new funnel\n"),
                       ReportFile(name: "funnel.csv", contents: "new,csv\n"),
                       ReportFile(name: "missing-folder/index.md", contents: "never written\n")]
        #expect(throws: (any Error).self) { try ReportWriter(folder: folder).write(failing) }

        #expect(try Self.contents(of: folder) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent.path)
        #expect(leftovers == ["2005-2013"], "no staging or retired folder is left behind")
    }

    @Test func aSuccessfulRunReplacesEveryFile() throws {
        let parent = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("2005-2013")
        try ReportWriter(folder: folder).write([ReportFile(name: "stale.md", contents: "from an older run\n")])
        try ReportWriter(folder: folder).write([ReportFile(name: "funnel.md", contents: "new\n")])
        #expect(try Self.contents(of: folder) == ["funnel.md": "new\n"])
    }
}
