import Foundation
import Testing
@testable import MetaEval

/// The bad-input suite: every folder in Tests/Fixtures/bad-input is one case. Its `case.json`
/// names the command, the exit code and the messages standard error must hold; `overlay/`
/// holds files laid over copies of the fixture corpus and the codebook; `edits` change text in
/// those copies (an edit's `repeat` repeats its replacement, to build a 1 MB cell without
/// committing one); `remove` deletes files; `symlinks` makes links; `{folder}` in `args` is the
/// case's temporary folder (for files a command reads, such as a spreadsheet). Before each case a good `run`
/// writes reports, and after it they must be byte-identical: bad input never touches them.
@Suite struct BadInputTests {
    static let root = TestSupport.fixtures.appendingPathComponent("bad-input")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// What a case expects.
    struct Case {
        var args: [String]
        var exit: Int
        var stderr: [String]
        var remove: [String] = []
        var edits: [(file: String, pattern: String, replacement: String, regex: Bool, repeat: Int)] = []
        var symlinks: [(path: String, target: String)] = []
    }

    func load(_ name: String) throws -> Case {
        let value = try JSONParser.parse([UInt8](try Data(contentsOf: Self.root.appendingPathComponent("\(name)/case.json"))))
        func strings(_ key: String) -> [String] {
            guard case .array(let items, _)? = value[key] else { return [] }
            return items.compactMap { if case .string(let text, _) = $0 { return text } else { return nil } }
        }
        func text(_ item: JSONValue, _ key: String) -> String {
            if case .string(let text, _)? = item[key] { return text } else { return "" }
        }
        guard case .number(let exit, _, _)? = value["exit"] else { throw DiagnosticsError([]) }
        var result = Case(args: strings("args"), exit: Int(exit), stderr: strings("stderr"), remove: strings("remove"))
        if case .array(let items, _)? = value["edits"] {
            result.edits = items.map { item in
                var regex = false
                if case .bool(let flag, _)? = item["regex"] { regex = flag }
                var count = 1
                if case .number(let times, _, _)? = item["repeat"] { count = Int(times) }
                return (text(item, "file"), text(item, "pattern"), text(item, "replacement"), regex, count)
            }
        }
        if case .array(let items, _)? = value["symlinks"] {
            result.symlinks = items.map { (text($0, "path"), text($0, "target")) }
        }
        return result
    }

    @Test func suiteHasAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: BadInputTests.cases)
    func badInput(name: String) throws {
        let spec = try load(name)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try TestSupport.copy(TestSupport.fixtureCorpus, into: folder, as: "corpus")
        let codebook = try TestSupport.copy(TestSupport.codebookURL, into: folder, as: "codebook")
        let out = folder.appendingPathComponent("reports")
        let common = ["--corpus", corpus.path, "--codebook", codebook.path]
        let good = TestSupport.run(["run"] + common + ["--out", out.path])
        try #require(good.status == .success, "\(good.err)")
        let before = try snapshot(out)

        let overlay = Self.root.appendingPathComponent("\(name)/overlay")
        if let files = FileManager.default.enumerator(atPath: overlay.path) {
            for case let path as String in files {
                var isDirectory: ObjCBool = false
                let source = overlay.appendingPathComponent(path)
                guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                let destination = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? FileManager.default.removeItem(at: destination)
                try FileManager.default.copyItem(at: source, to: destination)
            }
        }
        for path in spec.remove { try FileManager.default.removeItem(at: folder.appendingPathComponent(path)) }
        for edit in spec.edits {
            let url = folder.appendingPathComponent(edit.file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let replacement = String(repeating: edit.replacement, count: edit.repeat)
            let edited = edit.regex
                ? text.replacingOccurrences(of: edit.pattern, with: replacement, options: .regularExpression)
                : text.replacingOccurrences(of: edit.pattern, with: replacement)
            try #require(edited != text, "edit of \(edit.file) changed nothing")
            try TestSupport.write(edited, to: url)
        }
        for link in spec.symlinks {
            let url = folder.appendingPathComponent(link.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: link.target)
        }

        var arguments = spec.args.map { $0.replacingOccurrences(of: "{folder}", with: folder.path) } + common
        if spec.args.first == "run" { arguments += ["--out", out.path] }
        let outcome = TestSupport.run(arguments)
        #expect(Int(outcome.status.rawValue) == spec.exit, "exit \(outcome.status.rawValue); stderr:\n\(outcome.err)")
        for expected in spec.stderr {
            #expect(outcome.err.contains(expected), "stderr lacks \"\(expected)\":\n\(outcome.err)")
        }
        #expect(try snapshot(out) == before, "the reports changed")
    }

    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let edition = folder.appendingPathComponent("2005-2013")
        for name in try FileManager.default.contentsOfDirectory(atPath: edition.path) {
            files[name] = try Data(contentsOf: edition.appendingPathComponent(name))
        }
        return files
    }
}
