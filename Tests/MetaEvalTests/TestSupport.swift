import Foundation
@testable import MetaEval

/// Paths and helpers shared by the tests: the repository's codebook, the fixture corpus,
/// temporary folders and an in-process CLI run that captures its output.
enum TestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let codebookURL = repository.appendingPathComponent("codebook")
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures")
    static let fixtureCorpus = fixtures.appendingPathComponent("corpus")
    static let golden = fixtures.appendingPathComponent("golden")

    static func codebook() throws -> Codebook {
        let (codebook, diagnostics) = CodebookLoader(directory: codebookURL).load()
        guard let codebook, !diagnostics.hasErrors else { throw DiagnosticsError(diagnostics) }
        return codebook
    }

    static func edition(_ id: String = "2005-2013") throws -> Edition {
        let codebook = try codebook()
        let (edition, diagnostics) = EditionLoader(codebookDirectory: codebookURL, codebook: codebook).load(id)
        guard let edition else { throw DiagnosticsError(diagnostics) }
        return edition
    }

    static func fixtureRecords() throws -> [ProjectRecord] {
        let (records, diagnostics) = CorpusLoader(directory: fixtureCorpus, codebook: try codebook()).load()
        if diagnostics.hasErrors { throw DiagnosticsError(diagnostics) }
        return records
    }

    static func fixtureResult() throws -> PipelineResult {
        let records = try fixtureRecords()
        return Pipeline(codebook: try codebook(), edition: try edition()).run(records, documents: fixtureDocuments(records))
    }

    /// The bytes of the fixture records' documents, as `metaeval run` reads them.
    static func fixtureDocuments(_ records: [ProjectRecord]) -> [String: [UInt8]] {
        Workspace(corpus: fixtureCorpus.path, codebook: nil).documents(of: records)
    }

    /// A fresh temporary folder, removed by the caller's `defer`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("metaeval-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a folder into a new temporary folder and returns the copy.
    static func copy(_ folder: URL, into parent: URL, as name: String) throws -> URL {
        let destination = parent.appendingPathComponent(name)
        try FileManager.default.copyItem(at: folder, to: destination)
        return destination
    }

    /// Runs the CLI in-process and returns its status, standard output and standard error.
    static func run(_ arguments: [String]) -> (status: ExitCode, out: String, err: String) {
        let box = OutputBox()
        let console = Console(out: { box.append(out: $0) }, err: { box.append(err: $0) })
        let status = CLI().run(arguments, console: console)
        return (status, box.out, box.err)
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }
}

/// Collects what a command prints.
final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var out = ""
    private(set) var err = ""
    func append(out text: String) { lock.lock(); out += text; lock.unlock() }
    func append(err text: String) { lock.lock(); err += text; lock.unlock() }
}
