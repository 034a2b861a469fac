import Testing
@testable import MetaEval

/// The synthesis views (issue 7) on the fixture corpus, counted by hand. Analyses: a01 relevant
/// (KL) with one statement mentoring → employment and the problem `cooperation`; a02 not relevant
/// with one statement; a03 relevance not coded, one statement interdisciplinary → strengthened
/// effort and a purpose naming "tværfagligt samarbejde". Problems of the retained projects:
/// f01 cooperation + approach (KL, psychological, 2 statements); f02 social + professional
/// (machine, from its purpose; physical, 3); f03 personal (KL over the machine's professional;
/// both, 2 in force); f04 social (machine; both, 2); f06 and f14 not coded.
@Suite struct SynthesisTests {
    func reports(_ records: [ProjectRecord], _ language: Language = .en, edition: Edition? = nil) throws -> [String: String] {
        let codebook = try TestSupport.codebook()
        let result = Pipeline(codebook: codebook, edition: try edition ?? TestSupport.edition()).run(records)
        let files = ReportSet.standard(codebook: codebook).build(ReportContext(result: result, language: language))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) })
    }

    @Test func analysesAreScreenedForRelevanceAndKeptApart() throws {
        let result = try TestSupport.fixtureResult()
        #expect(result.assessedAnalyses.map { "\($0.record.id):\($0.relevance.rawValue)" } == ["a01:relevant", "a02:not-relevant", "a03:not-coded"])
        #expect(result.supportingLinks.map(\.id) == ["a01-s1#1", "a03-s1#1"])
        #expect(result.supportingLinks.allSatisfy { $0.knowledgeLevel == nil })
        #expect(!result.links.contains { $0.projectId.hasPrefix("a") })
        let funnel = FunnelTally(result: result)
        #expect((funnel.analysesAfterDeduplication, funnel.analysesRelevant, funnel.analysesNotRelevant, funnel.analysesRelevanceNotCoded) == (3, 1, 1, 1))
        #expect((funnel.analysisStatements, funnel.analysisLinks) == (2, 2))
        let computed = ComputedFigures(result: result)
        #expect(computed["analyses.identified"]?.value == 3)
        #expect(computed["analyses.relevant"]?.value == 1)
        #expect(computed["analyses.statements"]?.value == 2)
        #expect(computed["analyses.interdisciplinarity.system-approach"]?.value == 1)
        #expect(computed["analyses.early-intervention"]?.value == 0)
    }

    @Test func analysisShowsAsSupportingEvidenceAndChangesNoProjectTally() throws {
        let all = try TestSupport.fixtureRecords()
        let projectsOnly = all.filter { $0.kind == .project }
        let with = try reports(all)
        let without = try reports(projectsOnly)
        let evidence = try #require(with["supporting-evidence.md"])
        #expect(evidence.contains("| a01 | a01-s1: Mentorer øger fastholdelsen. | Mentoring scheme → Employment | metaeval test fixture a01 |"))
        #expect(evidence.contains("| Mentoring scheme | Employment | 1 | 1 | 1 | a01: metaeval test fixture a01 |"))
        #expect(evidence.contains("| Interdisciplinary intervention | System approach | 1 | 0 | 1 | a03: metaeval test fixture a03, Eksempel Analyse (2010) |"))
        #expect(!evidence.contains("a02-s1"))
        #expect(try #require(without["supporting-evidence.md"]).contains("The corpus holds no analyses or mappings."))
        #expect(try #require(with["funnel.csv"]).contains("analyses,relevant,Relevant analyses and mappings,1\r\n"))
        #expect(try #require(without["funnel.csv"]).contains("analyses,relevant,Relevant analyses and mappings,0\r\n"))
        let projectTables = with.keys.filter { name in
            !["funnel", "reconciliation", "supporting-evidence", "problems", "index", "datapackage"].contains { name.hasPrefix($0 + ".") }
        }
        #expect(projectTables.count >= 20)
        for name in projectTables.sorted() {
            #expect(with[name] == without[name], "\(name) changed when analyses were added")
        }
        let problemsWith = ProblemsTally(result: Pipeline(codebook: try TestSupport.codebook(), edition: try TestSupport.edition()).run(all))
        let problemsWithout = ProblemsTally(result: Pipeline(codebook: try TestSupport.codebook(), edition: try TestSupport.edition()).run(projectsOnly))
        #expect(problemsWith.types.map(\.projects) == problemsWithout.types.map(\.projects))
        #expect(problemsWith.types.map(\.statements) == problemsWithout.types.map(\.statements))
        #expect(problemsWith.types.map(\.analyses) != problemsWithout.types.map(\.analyses))
    }

    /// The hand counts cover the fixtures written for the synthesis views (f01–f15, a01–a03), not
    /// the document-coded f16 and f17.
    static func handCountedResult() throws -> PipelineResult {
        let records = try TestSupport.fixtureRecords().filter { !["f16", "f17"].contains($0.id) }
        return Pipeline(codebook: try TestSupport.codebook(), edition: try TestSupport.edition()).run(records)
    }

    static func handCountedRecords() throws -> [ProjectRecord] {
        try TestSupport.fixtureRecords().filter { !["f16", "f17"].contains($0.id) }
    }

    @Test func problemsCountedByHand() throws {
        let result = try Self.handCountedResult()
        let tally = ProblemsTally(result: result)
        let rows = Dictionary(uniqueKeysWithValues: (tally.groups + tally.types).map { ($0.id, $0) })
        #expect((tally.coded, tally.notCoded) == (4, 2))
        #expect(tally.codedByDisability == ["psychological": 1, "physical": 1, "both": 2])
        func check(_ id: String, _ projects: Int, _ machine: Int, _ statements: Int, _ analyses: Int, _ byDisability: [String: Int]) {
            let row = rows[id]
            #expect(row?.projects == projects && row?.machineCoded == machine && row?.statements == statements && row?.analyses == analyses, "\(id)")
            #expect(row?.byDisability == byDisability, "\(id)")
        }
        check("personal", 1, 0, 2, 0, ["both": 1])
        check("social", 2, 2, 5, 0, ["physical": 1, "both": 1])
        check("professional", 1, 1, 3, 0, ["physical": 1])
        check("cooperation", 1, 0, 2, 2, ["psychological": 1])
        check("approach", 1, 0, 2, 0, ["psychological": 1])
        check("effort", 0, 0, 0, 0, [:])
        check("core-problems", 3, 2, 7, 0, ["physical": 1, "both": 2])
        check("system-challenges", 1, 0, 2, 2, ["psychological": 1])
        let f03 = try #require(result.records.first { $0.id == "f03" })
        #expect(f03.problems.machine?.value == ["professional"])
        #expect(f03.problems.value == ["personal"])
    }

    @Test func problemCuesMatchOnFoldedDanishBytes() throws {
        let coder = ProblemCoder(codebook: try TestSupport.codebook())
        var record = ProjectRecord(id: "x", title: "x", source: .init(citation: "x"))
        record.purpose = "MANGLENDE SAMMENHÆNG i indsatsen og Social Isolation."
        record.method = "Hverdagsmestring og mentorstøtte."
        let code = try #require(coder.code(record).problems.machine)
        #expect(code.value == ["personal", "social", "cooperation", "effort"])
        #expect(code.evidence.map(\.text) == ["purpose: cooperation: \"MANGLENDE SAMMENHÆNG\", social: \"Social Isolation\"",
                                              "method: personal: \"Hverdagsmestring\", effort: \"mentorstøtte\""])
        record.purpose = "Ingen af nøgleordene her."
        record.method = nil
        #expect(coder.code(record).problems.machine == nil)
        record.problems = Coded(human: Code(value: ["effort"], coder: "KL"))
        record.purpose = "social isolation"
        #expect(coder.code(record).problems.value == ["effort"])
    }

    @Test func gapMapCountedByHand() throws {
        let tally = GapMapTally(result: try Self.handCountedResult())
        #expect(tally.themeGaps == 73 && tally.activities.count * tally.themes.count == 80)
        #expect(tally.effectGaps == 55 && tally.activities.count * tally.effects.count == 60)
        #expect(tally.theme("interdisciplinary", "system-approach")["knowledge"] == 1)
        #expect(tally.theme("coaching", "competence-development").notCoded == 1)
        #expect(tally.effect("group-activities", "quality-of-life")["idea"] == 1)
        #expect(tally.effect("mentoring", "employment").linkIds == ["f02-s2#1"])
        let csv = try #require(try reports(try Self.handCountedRecords())["gap-map.csv"])
        #expect(csv.contains("themes,interdisciplinary,Interdisciplinary intervention,system-approach,System approach,1,0,0,0,1,knowledge,0,f01-s1#1\r\n"))
        #expect(csv.contains("effects,coaching,Coaching,employment,Employment,0,0,0,0,0,,1,\r\n"))
    }

    @Test func rulesOnThePublishedTables() throws {
        let edition = try TestSupport.edition()
        let published = try #require(edition.published)
        let results = ActivityLevelTable(try #require(published.table("activities-results")))
        let employment = ActivityLevelTable(try #require(published.table("activities-employment")))
        let rules = SupportRules(codebook: try TestSupport.codebook())
        #expect(rules.atStrongestLevel(results) == ["interdisciplinary"])
        #expect(rules.atStrongestLevel(employment) == ["interdisciplinary"])
        #expect(rules.rank(results).prefix(4).map(\.activity) == ["interdisciplinary", "workplace-oriented", "upskilling", "mentoring"])
        #expect(rules.rank(results).suffix(2).map(\.activity) == ["citizen-responsibility", "long-term-course"])
        let flags = rules.mechanismNotExplained(employment: employment, results: results)
        #expect(flags.first == SupportRules.Flag(activity: "citizen-responsibility", toEmployment: 10, toResults: 3))
        #expect(flags.map(\.activity) == ["citizen-responsibility", "early-intervention"])
        #expect(!flags.contains { $0.activity == "workplace-oriented" || $0.activity == "employer-jobcentre-cooperation" })
    }

    @Test func flagThresholdsAreCodebookData() throws {
        var codebook = try TestSupport.codebook()
        let employment = ActivityLevelTable(rows: [.init(activity: "b", counts: ["idea": 10], notCoded: 0),
                                                   .init(activity: "a", counts: ["idea": 10], notCoded: 0)])
        let results = ActivityLevelTable(rows: [.init(activity: "a", counts: ["idea": 5], notCoded: 0),
                                                .init(activity: "b", counts: ["idea": 6], notCoded: 0)])
        #expect(SupportRules(codebook: codebook).mechanismNotExplained(employment: employment, results: results).map(\.activity) == ["a"])
        codebook.synthesisRules.entries[0].min = 11
        #expect(SupportRules(codebook: codebook).mechanismNotExplained(employment: employment, results: results).isEmpty)
        codebook.synthesisRules.entries[0].min = 10
        codebook.synthesisRules.entries[0].max = 60
        #expect(SupportRules(codebook: codebook).mechanismNotExplained(employment: employment, results: results).map(\.activity) == ["a", "b"])
        #expect(SupportRules(codebook: codebook).rank(employment).map(\.activity) == ["a", "b"])
    }

    @Test func reconciliationAppliesTheRulesToThePublishedTables() throws {
        let reconciliation = try #require(try reports(try TestSupport.fixtureRecords())["reconciliation.md"])
        #expect(reconciliation.contains("| 'Citizen responsibility' singled out: many statements to employment, few to results (1 = yes): the rule on the published tables | agrees |"))
        #expect(reconciliation.contains("| Activities with knowledge-level statements to results (table 1): the rule on the published tables | agrees | rule on published activities-results: Interdisciplinary intervention → 1; the report: 1 |"))
        #expect(reconciliation.contains("| Making the citizen responsible | 10 | 3 |"))
        #expect(reconciliation.contains("- Activities with statements at the knowledge level in Activities contributing to employment (table 2): 'Interdisciplinary intervention'"))
    }

    @Test func timeShareFollowsTheEdition() throws {
        let edition = try TestSupport.edition()
        #expect(edition.timeShareFromYear == 2009)
        let records = try TestSupport.fixtureRecords()
        #expect(try #require(try reports(records)["time.csv"]).contains("ending-in-or-after,2009,3,75.0,\r\n"))
        var later = edition
        later.timeShareFromYear = 2012
        let files = try reports(records, edition: later)
        #expect(try #require(files["time.csv"]).contains("ending-in-or-after,2012,2,50.0,\r\n"))
        let computed = ComputedFigures(result: Pipeline(codebook: try TestSupport.codebook(), edition: later).run(records))
        #expect(computed["time.ending-2012-or-later"]?.value == 50)
    }

    @Test func relevanceIsMachineCodedOnlyFromBothKindsOfWords() throws {
        let coder = RelevanceCoder(codebook: try TestSupport.codebook())
        var analysis = ProjectRecord(id: "a9", title: "Analyse af tilbuddene", source: .init(citation: "x"))
        analysis.kind = .analysis
        analysis.targetGroup = "Unge med ADHD"
        analysis.purpose = "At undersøge, hvad der bringer flere i beskæftigelse."
        let code = try #require(coder.code(analysis).relevance.machine)
        #expect(code.value == true)
        #expect(code.evidence.map(\.text) == ["target group: targetGroup: \"ADHD\"", "purpose: purpose: \"i beskæftigelse\""])
        analysis.purpose = "At beskrive tilbuddene."
        #expect(coder.code(analysis).relevance.machine == nil)
        analysis.purpose = "Flere i beskæftigelse."
        analysis.relevance = Coded(human: Code(value: false, coder: "KL"))
        let coded = coder.code(analysis)
        #expect(coded.relevance.machine?.value == true && coded.relevance.value == false)
        #expect(RelevanceScreener().screen(coded) == .notRelevant)
        var project = analysis
        project.kind = .project
        project.relevance = Coded()
        #expect(!coder.code(project).relevance.isCoded)
    }

    @Test func reconciliationFlagsFollowThePublishedNumbers() throws {
        var edition = try TestSupport.edition()
        var published = try #require(edition.published)
        let index = try #require(published.tables.firstIndex { $0.id == "activities-employment" })
        let row = try #require(published.tables[index].rows.firstIndex { $0.activity == "citizen-responsibility" })
        published.tables[index].rows[row].counts["idea"] = 5
        edition.published = published
        let reconciliation = try #require(try reports(try TestSupport.fixtureRecords(), edition: edition)["reconciliation.md"])
        #expect(reconciliation.contains("| 'Citizen responsibility' singled out: many statements to employment, few to results (1 = yes): the rule on the published tables | disagrees |"))
        #expect(!reconciliation.contains("| Making the citizen responsible | 10 | 3 |"))
        #expect(reconciliation.contains("| Early intervention | 10 | 3 |"))
    }
}
