import Foundation
import Testing
@testable import MetaEval

/// End-to-end tests of the commands, run in-process on copies of the fixtures.
@Suite struct CLITests {
    func workspace() throws -> (folder: URL, corpus: URL, out: URL) {
        let folder = try TestSupport.temporaryFolder()
        let corpus = try TestSupport.copy(TestSupport.fixtureCorpus, into: folder, as: "corpus")
        return (folder, corpus, folder.appendingPathComponent("reports"))
    }

    func arguments(_ command: String, _ corpus: URL, _ out: URL? = nil, _ extra: [String] = []) -> [String] {
        var list = [command, "--corpus", corpus.path, "--codebook", TestSupport.codebookURL.path]
        if let out { list += ["--out", out.path] }
        return list + extra
    }

    @Test func runThenCheckThenChangeARecord() throws {
        let (folder, corpus, out) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = TestSupport.run(arguments("run", corpus, out))
        #expect(first.status == .success, "\(first.err)")
        let firstBytes = try Data(contentsOf: out.appendingPathComponent("2005-2013/activities-results.csv"))
        #expect(TestSupport.run(arguments("run", corpus, out, ["--check"])).status == .success)
        #expect(TestSupport.run(arguments("run", corpus, out)).status == .success)
        #expect(try Data(contentsOf: out.appendingPathComponent("2005-2013/activities-results.csv")) == firstBytes)

        let record = corpus.appendingPathComponent("f02.json")
        let text = try String(contentsOf: record, encoding: .utf8)
        try TestSupport.write(text.replacingOccurrences(of: "\"overall\"", with: "\"loose\""), to: record)
        let stale = TestSupport.run(arguments("run", corpus, out, ["--check"]))
        #expect(stale.status == .failure)
        #expect(stale.err.contains("classification-matrix.csv: differs"))
    }

    @Test func validateReportsAllProblemsInOneRun() throws {
        let (folder, corpus, _) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let codebook = try TestSupport.copy(TestSupport.codebookURL, into: folder, as: "codebook")
        let matrix = codebook.appendingPathComponent("matrix.json")
        let matrixText = try String(contentsOf: matrix, encoding: .utf8)
        try TestSupport.write(matrixText.replacingOccurrences(of: #",\s*"loose":\s*"idea"(\s*\}\s*\}\s*\}\s*)$"#, with: "$1", options: .regularExpression), to: matrix)
        let f01 = corpus.appendingPathComponent("f01.json")
        try TestSupport.write(try String(contentsOf: f01, encoding: .utf8).replacingOccurrences(of: "\"interdisciplinary\"", with: "\"teamwork\""), to: f01)
        try TestSupport.write("{\"id\": \"f99\", \"title\": ", to: corpus.appendingPathComponent("f99.json"))

        let outcome = TestSupport.run(["validate", "--corpus", corpus.path, "--codebook", codebook.path])
        #expect(outcome.status == .failure)
        #expect(outcome.err.contains(#/matrix\.json:\d+: error: cells\.anecdotal\.loose: missing matrix cell/#))
        #expect(outcome.err.contains("f99.json:1: error: invalid JSON"))
        let unknown = #/f01\.json:\d+: error: statements\[0\]\.links\[0\]\.from: unknown id "teamwork"/#
        #expect(outcome.err.contains(unknown), "\(outcome.err)")
    }

    @Test func runWritesNothingWhenARecordIsInvalid() throws {
        let (folder, corpus, out) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(TestSupport.run(arguments("run", corpus, out)).status == .success)
        let before = try Data(contentsOf: out.appendingPathComponent("2005-2013/funnel.md"))
        try TestSupport.write("not json", to: corpus.appendingPathComponent("f01.json"))
        let failed = TestSupport.run(arguments("run", corpus, out))
        #expect(failed.status == .failure)
        #expect(failed.err.contains("no report written"))
        #expect(try Data(contentsOf: out.appendingPathComponent("2005-2013/funnel.md")) == before)
    }

    @Test(arguments: [["frobnicate"], ["run", "--bogus"], ["run", "--lang", "fr"], ["run", "--edition"], []])
    func usageErrorsExitTwo(arguments: [String]) {
        #expect(TestSupport.run(arguments).status == .usage)
    }

    @Test func everyCommandHasHelp() {
        for command in CLI.allCommands {
            let outcome = TestSupport.run([command.name, "--help"])
            #expect(outcome.status == .success && outcome.out.contains("usage: metaeval \(command.name)"))
        }
    }

    @Test func unknownEditionIsAnError() throws {
        let (folder, corpus, out) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = TestSupport.run(arguments("run", corpus, out, ["--edition", "1999-2000"]))
        #expect(outcome.status == .failure && outcome.err.contains("no such edition \"1999-2000\""))
    }
}
