import Foundation
import Testing
@testable import MetaEval

/// The per-document cache and the parallel runner: what comes back from the cache is exactly
/// what coding gives, a changed document or codebook is coded afresh, and the number of
/// workers changes nothing.
@Suite struct DocumentCodingCacheTests {
    static func documentFiles() throws -> [URL] {
        let root = TestSupport.fixtures.appendingPathComponent("documents")
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }

    @Test func everyFixtureCodingReadsBackUnchanged() throws {
        let coder = DocumentCoder(codebook: try TestSupport.codebook(), edition: Period(start: 2005, end: 2013))
        let files = try Self.documentFiles()
        #expect(files.count >= 20)
        for file in files {
            guard case .success(let coding) = coder.code([UInt8](try Data(contentsOf: file)), source: file.lastPathComponent) else { continue }
            let decoded = DocumentCodingCodec.decode(DocumentCodingCodec.encode(coding))
            #expect(decoded == coding, "\(file.lastPathComponent)")
        }
    }

    @Test func aDamagedEntryIsNotTrusted() throws {
        #expect(DocumentCodingCodec.decode(Array("{\"source\": 3}".utf8)) == nil)
        #expect(DocumentCodingCodec.decode(Array("not a coding".utf8)) == nil)
        #expect(DocumentCodingCodec.decode([]) == nil)
        let coder = DocumentCoder(codebook: try TestSupport.codebook(), edition: Period(start: 2005, end: 2013))
        let file = try #require(try Self.documentFiles().first { $0.lastPathComponent == "a1-job-med-mentor.txt" })
        guard case .success(let coding) = coder.code([UInt8](try Data(contentsOf: file)), source: "a1.txt") else {
            Issue.record("the fixture could not be coded")
            return
        }
        let bytes = DocumentCodingCodec.encode(coding)
        #expect(DocumentCodingCodec.decode(bytes) == coding)
        // Every truncation, an extra byte, and a changed magic line are refused, never misread.
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
            #expect(DocumentCodingCodec.decode(Array(bytes[..<length])) == nil, "truncated to \(length) bytes")
        }
        #expect(DocumentCodingCodec.decode(bytes + [0]) == nil)
        var otherVersion = bytes
        otherVersion[0] = UInt8(ascii: "M")
        #expect(DocumentCodingCodec.decode(otherVersion) == nil)
    }

    /// A corpus of every fixture document, one record each, in a temporary folder.
    static func corpus(in parent: URL) throws -> (URL, [ProjectRecord]) {
        let corpus = parent.appendingPathComponent("corpus")
        let documents = corpus.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        var records: [ProjectRecord] = []
        for (number, file) in try documentFiles().enumerated() {
            let name = String(format: "d%02d.txt", number)
            try FileManager.default.copyItem(at: file, to: documents.appendingPathComponent(name))
            var record = ProjectRecord(id: String(format: "d%02d", number), title: name, source: .init(citation: "test"))
            record.documents = ["documents/" + name]
            records.append(record)
        }
        return (corpus, records)
    }

    @Test func aSecondRunReadsEverythingFromTheCacheAndGivesTheSameCodings() throws {
        let parent = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let (corpus, records) = try Self.corpus(in: parent)
        let codebook = try TestSupport.codebook()
        let coder = DocumentCoder(codebook: codebook, edition: Period(start: 2005, end: 2013))
        let cache = DocumentCodingCache(folder: parent.appendingPathComponent("cache"), coderKey: "k1")

        let uncached = DocumentCodingRunner(corpus: corpus, coder: coder, cache: nil, workers: 1).run(records)
        let first = DocumentCodingRunner(corpus: corpus, coder: coder, cache: cache, workers: 3).run(records)
        #expect(first.coded == records.count && first.fromCache == 0)
        #expect(first.codings == uncached.codings, "parallel work gives what serial work gives")

        let second = DocumentCodingRunner(corpus: corpus, coder: coder, cache: cache, workers: 3).run(records)
        #expect(second.coded == 0 && second.fromCache == records.count)
        #expect(second.codings == uncached.codings)

        // One changed document is coded again; the others still come from the cache.
        let changed = corpus.appendingPathComponent(records[0].documents[0])
        try Data("Projektet løb fra 2009 til 2011. Mentorordningen førte til, at flere fik job.\n".utf8).write(to: changed)
        let third = DocumentCodingRunner(corpus: corpus, coder: coder, cache: cache, workers: 2).run(records)
        #expect(third.coded == 1 && third.fromCache == records.count - 1)
        guard case .success(let coding)? = third.codings[records[0].documents[0]] else { Issue.record("not coded"); return }
        #expect(coding.period?.value == Period(start: 2009, end: 2011))

        // Another codebook or build (another coder key) codes everything afresh.
        let otherKey = DocumentCodingCache(folder: parent.appendingPathComponent("cache"), coderKey: "k2")
        let fourth = DocumentCodingRunner(corpus: corpus, coder: coder, cache: otherKey, workers: 2).run(records)
        #expect(fourth.coded == records.count && fourth.fromCache == 0)
    }

    /// Codes the fixture corpus into a fresh cache, lets `damage` change every entry written,
    /// and codes it again with the same cache.
    static func codedAfterDamage(_ damage: (URL) throws -> Void) throws
        -> (records: [ProjectRecord], first: DocumentCodingRunner.Outcome, second: DocumentCodingRunner.Outcome, third: DocumentCodingRunner.Outcome) {
        let parent = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let (corpus, records) = try Self.corpus(in: parent)
        let coder = DocumentCoder(codebook: try TestSupport.codebook(), edition: Period(start: 2005, end: 2013))
        let cache = DocumentCodingCache(folder: parent.appendingPathComponent("cache"), coderKey: "k1")
        let runner = DocumentCodingRunner(corpus: corpus, coder: coder, cache: cache)
        let first = runner.run(records)
        let entries = try FileManager.default.contentsOfDirectory(at: cache.entries, includingPropertiesForKeys: nil)
        #expect(entries.count == records.count)
        for entry in entries { try damage(entry) }
        return (records, first, runner.run(records), runner.run(records))
    }

    @Test func aCorruptedEntryIsCodedAgain() throws {
        let (_, first, second, _) = try Self.codedAfterDamage { try Data("{ broken".utf8).write(to: $0) }
        #expect(second.fromCache == 0 && second.codings == first.codings)
    }

    /// Entries are written without `fsync`, so a crash may leave one cut short (or empty) behind
    /// its rename: every such entry must read as missing, never as a shorter coding.
    @Test func anEntryCutShortIsCodedAgain() throws {
        let (records, first, second, third) = try Self.codedAfterDamage { entry in
            let bytes = try [UInt8](Data(contentsOf: entry))
            for length in Set([0, 1, bytes.count / 3, bytes.count / 2, bytes.count - 1]) {
                #expect(DocumentCodingCodec.decode(Array(bytes[..<length])) == nil, "\(entry.lastPathComponent) cut to \(length) bytes")
            }
            #expect(FileContents.write(Array(bytes[..<(bytes.count / 2)]), to: entry.path))
        }
        #expect(second.fromCache == 0 && second.codings == first.codings)
        #expect(third.fromCache == records.count && third.codings == first.codings, "the entries were written again whole")
    }

    @Test func theCoderKeyFollowsTheCodebookFiles() throws {
        let parent = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let codebook = try TestSupport.copy(TestSupport.codebookURL, into: parent, as: "codebook")
        let period = Period(start: 2005, end: 2013)
        let before = DocumentCodingCache.coderKey(codebook: codebook, edition: period)
        #expect(DocumentCodingCache.coderKey(codebook: codebook, edition: period) == before)
        #expect(DocumentCodingCache.coderKey(codebook: codebook, edition: Period(start: 2005, end: 2014)) != before)
        let cues = codebook.appendingPathComponent("cues.json")
        try (try Data(contentsOf: cues) + Data(" ".utf8)).write(to: cues)
        #expect(DocumentCodingCache.coderKey(codebook: codebook, edition: period) != before)
    }
}
