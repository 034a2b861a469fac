import Foundation
import Testing
@testable import MetaEval

/// Section 3.2: title keys, candidate pairs (prefix filtering finds what all pairs would), merge
/// decisions validated and applied, and the funnel counting them.
@Suite struct DeduplicationTests {
    func record(_ id: String, _ title: String, organisation: String? = nil, period: Period? = nil, channels: [String] = ["key-persons"]) -> ProjectRecord {
        var record = ProjectRecord(id: id, title: title, source: .init(citation: "test"))
        record.organisation = organisation
        record.channels = channels
        if let period { record.period = Coded(human: Code(value: period, coder: "KL")) }
        return record
    }

    @Test func titleKeysIgnoreCasePunctuationHyphensWordOrderAndSpelling() {
        #expect(TitleKey("Kurser og gruppeforløb").isSame(TitleKey("GRUPPEFORLOEB, og kurser!")))
        #expect(TitleKey("Målgruppe-analyse").isSame(TitleKey("Maalgruppeanalyse")))
        #expect(TitleKey("Tværfagligt team i jobcentret").isSame(TitleKey("Jobcentret: tværfagligt team")))
        #expect(TitleKey("Ærø: job").isSame(TitleKey("Aeroe job")))
        #expect(!TitleKey("Mentorer i praktik").isSame(TitleKey("Mentorer i praktik for unge")))
        #expect(abs(TitleKey("Mentorer i praktik").similarity(TitleKey("Mentorer i praktik for unge")) - 2.0 / 3.0) < 1e-9)
    }

    @Test func scoresAndReasons() throws {
        let records = [
            record("a", "Tværfagligt team", organisation: "Jobcenter Aarhus", period: Period(start: 2010, end: 2012)),
            record("b", "Team, tværfagligt", organisation: "Aarhus Kommune", period: Period(start: 2012, end: 2013)),
            record("c", "Tværfagligt team og mentor", period: Period(start: 2001, end: 2002)),
            record("d", "Noget helt andet"),
        ]
        let candidates = DuplicateFinder().candidates(records)
        #expect(candidates.map { "\($0.first.id)-\($0.second.id)" } == ["a-b", "a-c", "b-c"])
        #expect(candidates[0].reasons == [.sameTitle, .sameOrganisation, .overlappingPeriod])
        #expect(candidates[0].score == 1)
        #expect(candidates[1].reasons == [.similarTitle(0.67), .disjointPeriod])
        #expect(candidates[1].score == 0.32)
    }

    @Test func prefixFilteringFindsEveryPairAllPairsWould() {
        var generator = SplitMix64(seed: 7)
        let words = ["mentor", "praktik", "job", "unge", "team", "kursus", "coaching", "netværk", "aarhus", "odense", "psykisk", "fysisk", "tidlig", "indsats"]
        let records = (0..<400).map { index -> ProjectRecord in
            let count = 1 + Int(generator.next() % 4)
            let title = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
            return record(String(format: "r%03d", index), title)
        }
        let found = Set(DuplicateFinder(commonWordLimit: .max).candidates(records).map { "\($0.first.id)-\($0.second.id)" })
        var expected: Set<String> = []
        let finder = DuplicateFinder()
        let keys = records.map { TitleKey($0.title) }
        for i in records.indices {
            for j in records.indices where i < j {
                if finder.score(records[i], keys[i], records[j], keys[j]) != nil {
                    expected.insert("\(records[i].id)-\(records[j].id)")
                }
            }
        }
        #expect(!expected.isEmpty)
        #expect(found == expected)
    }

    @Test func scalesToThousandsOfRecords() {
        var generator = SplitMix64(seed: 11)
        let records = (0..<5000).map { index -> ProjectRecord in
            let title = (0..<4).map { _ in "w\(generator.next() % 3000)" }.joined(separator: " ")
            return record("s\(index)", title)
        }
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = DuplicateFinder().candidates(records) }
        #expect(elapsed < .seconds(10), "5000 records took \(elapsed)")
        let generic = (0..<5000).map { record("g\($0)", "Projekt om job \($0)") }
        var found: [DuplicateCandidate] = []
        let genericElapsed = clock.measure { found = DuplicateFinder().candidates(generic) }
        #expect(found.isEmpty && genericElapsed < .seconds(10), "\(found.count) pairs in \(genericElapsed)")
    }

    @Test func mergeDecisionsAreValidated() {
        let json = """
            {"merges": [
              {"kept": "a", "duplicates": ["b"], "coder": "KL", "note": "same"},
              {"kept": "c", "duplicates": ["c"], "coder": "KL"},
              {"kept": "d", "duplicates": ["b", "zz"], "coder": "machine"}
            ]}
            """
        let (decisions, _, parseProblems) = MergeDecisionsLoader.parse(Array(json.utf8), file: "m.json")
        let problems = parseProblems + MergeDecisionsLoader.check(decisions, known: ["a", "b", "c", "d"])
        #expect(problems.sorted().map(\.description) == [
            "m.json:3: error: merges: record \"c\" is merged into itself",
            "m.json:4: error: merges: record \"b\" is already in the merge kept as \"a\" (m.json:2); a record can be in one merge only",
            "m.json:4: error: merges: unknown record id \"zz\"; expected an id in the corpus",
            "m.json:4: error: merges[2].coder: a merge is a person's decision; expected the coder's initials, not \"machine\"",
        ])
    }

    @Test func resolverKeepsEveryChannelAndTheDuplicatesIds() throws {
        let records = [record("a", "A", channels: ["key-persons"]), record("b", "A2", channels: ["social-agency"]),
                       record("c", "A3", channels: ["key-persons", "project-team"])]
        let result = DuplicateResolver(merges: [MergeDecision(kept: "a", duplicates: ["b", "c"], coder: "KL")]).resolve(records)
        #expect(result.kept.map(\.id) == ["a"])
        #expect(result.kept[0].channels == ["key-persons", "social-agency", "project-team"])
        #expect(result.kept[0].duplicates == ["b", "c"])
        #expect(result.mergedInto == ["b": "a", "c": "a"])
    }

    @Test func theFunnelCountsMergesAndChannels() throws {
        var records = try TestSupport.fixtureRecords()
        var imported = record("p110", "Jobcentret: tværfagligt team", channels: ["social-agency"])
        imported.duplicates = []
        records.append(imported)
        let merges = [MergeDecision(kept: "f01", duplicates: ["p110"], coder: "KL")]
        let result = Pipeline(codebook: try TestSupport.codebook(), edition: try TestSupport.edition(), merges: merges).run(records)
        let funnel = FunnelTally(result: result)
        #expect(funnel.duplicatesRemoved == 2)
        #expect(funnel.channelsBefore["social-agency"] == 1)
        #expect(funnel.channelsAfter["social-agency"] == 1)
        #expect(funnel.duplicatesByChannel == ["social-agency": 1, "information-search": 1])
        #expect(result.projects.first { $0.record.id == "f01" }?.record.channels == ["key-persons", "social-agency"])
        #expect(result.projects.first { $0.record.id == "f01" }?.record.duplicates == ["p110"])
    }

    @Test func runAppliesTheMergesFileAndValidateRejectsBadOnes() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try TestSupport.copy(TestSupport.fixtureCorpus, into: folder, as: "corpus")
        let common = ["--corpus", corpus.path, "--codebook", TestSupport.codebookURL.path]
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent("decisions"), withIntermediateDirectories: true)
        let merges = corpus.appendingPathComponent("decisions/merges.json")
        try TestSupport.write(#"{"merges": [{"kept": "f03", "duplicates": ["f14"], "coder": "KL"}]}"#, to: merges)
        #expect(TestSupport.run(["run", "--out", folder.appendingPathComponent("out").path] + common).status == .success)
        let funnel = try String(contentsOf: folder.appendingPathComponent("out/2005-2013/funnel.csv"), encoding: .utf8)
        #expect(funnel.contains("deduplication,duplicates-removed,Dubletter fjernet,2\r\n"))
        try TestSupport.write(#"{"merges": [{"kept": "f03", "duplicates": ["f99"], "coder": "KL"}]}"#, to: merges)
        let outcome = TestSupport.run(["validate"] + common)
        #expect(outcome.status == .failure)
        #expect(outcome.err.contains("decisions/merges.json:1: error: merges: unknown record id \"f99\""))
    }

    @Test func distinctDecisionsSilenceAPairAndAreValidated() throws {
        let records = [
            record("a", "Tværfagligt team", organisation: "Jobcenter Aarhus"),
            record("b", "Team, tværfagligt", organisation: "Aarhus Kommune"),
            record("c", "Tværfagligt team og mentor"),
        ]
        #expect(DuplicateFinder().candidates(records).map { "\($0.first.id)-\($0.second.id)" } == ["a-b", "a-c", "b-c"])
        let json = """
            {"distinct": [
              {"records": ["a", "b"], "coder": "KL", "note": "two jobcentres"},
              {"records": ["c", "c"], "coder": "KL"},
              {"records": ["a", "zz"], "coder": "machine"}
            ]}
            """
        let (merges, distinct, parseProblems) = MergeDecisionsLoader.parse(Array(json.utf8), file: "m.json")
        #expect(merges.isEmpty)
        #expect(distinct.map(\.records) == [["a", "b"]])
        let problems = parseProblems + MergeDecisionsLoader.check(distinct, merges: [MergeDecision(kept: "b", duplicates: ["a"], coder: "KL", file: "m.json", line: 9)], known: ["a", "b", "c"])
        #expect(problems.sorted().map(\.description) == [
            "m.json:2: error: distinct: records \"b\" and \"a\" are declared distinct but merged at m.json:9; expected one decision",
            "m.json:3: error: distinct[1].records: expected at least two different record ids",
            "m.json:4: error: distinct[2].coder: a distinct decision is a person's; expected the coder's initials, not \"machine\"",
        ])
        let remaining = DuplicateFinder().candidates(records, distinct: distinct)
        #expect(remaining.map { "\($0.first.id)-\($0.second.id)" } == ["a-c", "b-c"])
    }

    @Test func dedupLeavesOutPairsDecidedDistinct() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try TestSupport.copy(TestSupport.fixtureCorpus, into: folder, as: "corpus")
        let common = ["--corpus", corpus.path, "--codebook", TestSupport.codebookURL.path, "--format", "csv"]
        let before = TestSupport.run(["dedup"] + common)
        #expect(before.status == .success, "\(before.err)")
        let rows = before.out.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        let pair = try #require(rows.first.map { [$0[1], $0[4]] })
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent("decisions"), withIntermediateDirectories: true)
        try TestSupport.write(#"{"distinct": [{"records": ["\#(pair[0])", "\#(pair[1])"], "coder": "KL"}]}"#,
                              to: corpus.appendingPathComponent("decisions/merges.json"))
        let after = TestSupport.run(["dedup"] + common)
        #expect(after.status == .success, "\(after.err)")
        #expect(after.out.split(separator: "\r\n").count == before.out.split(separator: "\r\n").count - 1)
        #expect(!after.out.contains(",\(pair[0]),") || !after.out.contains(",\(pair[1]),"))
        #expect(TestSupport.run(["run", "--out", folder.appendingPathComponent("out").path] + common.dropLast(2)).status == .success)
    }
}
