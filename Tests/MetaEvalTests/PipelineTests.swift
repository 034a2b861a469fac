import Testing
@testable import MetaEval

/// The fixture corpus (Tests/Fixtures/corpus) counted by hand: 15 projects and three analyses;
/// f15 is a recorded duplicate of f02; f07–f13 each fail one inclusion criterion; f05 is of
/// low importance; f06 lacks a documentation code; f14 has two criteria undecided. f16 and
/// f17 are coded from their documents: f16 by machine only (34 participants, psychological, high
/// importance, three statements with four links), f17 with human codes beside the machine's
/// (97 participants, two human statements with three links); both at assumption level.
@Suite struct PipelineTests {
    @Test func deduplicationKeepsChannels() throws {
        let result = try TestSupport.fixtureResult()
        #expect(result.mergedInto == ["f15": "f02"])
        #expect(result.projects.count == 16)
        #expect(result.projects.first { $0.record.id == "f02" }?.record.channels == ["key-persons", "information-search"])
        #expect(result.analyses.map(\.id) == ["a01", "a02", "a03"])
    }

    @Test func inclusionExcludesWithTheFailingCriterion() throws {
        let result = try TestSupport.fixtureResult()
        let reasons = Dictionary(uniqueKeysWithValues: result.projects.compactMap { project -> (String, String)? in
            if case .excluded(let reason) = project.inclusion.status { return (project.record.id, reason) }
            return nil
        })
        #expect(reasons == ["f07": "period", "f08": "employment-purpose", "f09": "time-limited-intervention",
                            "f10": "concrete-participants", "f11": "adults", "f12": "disability-target-group",
                            "f13": "sufficient-information"])
        let f14 = try #require(result.projects.first { $0.record.id == "f14" })
        #expect(f14.inclusion.status == .notCoded(criteria: ["adults", "sufficient-information"]))
        #expect(f14.isRetained)
    }

    @Test func periodCriterionFollowsTheEdition() throws {
        let codebook = try TestSupport.codebook()
        var record = ProjectRecord(id: "x", title: "x", source: .init(citation: "x"))
        record.period = Coded(human: Code(value: Period(start: 2012, end: 2014), coder: "KL"))
        let narrow = InclusionScreener(codebook: codebook, edition: Edition(id: "a", label: .init(da: "a", en: "a"), period: Period(start: 2005, end: 2013), citation: ""))
        let wide = InclusionScreener(codebook: codebook, edition: Edition(id: "b", label: .init(da: "b", en: "b"), period: Period(start: 2005, end: 2014), citation: ""))
        #expect(narrow.screen(record).outcomes.first { $0.criterion == "period" }?.met == false)
        #expect(wide.screen(record).outcomes.first { $0.criterion == "period" }?.met == true)
        record.inclusion["period"] = Coded(human: Code(value: true, coder: "KL", note: "ran on in 2014 only as follow-up"))
        #expect(narrow.screen(record).outcomes.first { $0.criterion == "period" }?.met == true)
    }

    @Test func knowledgeLevelsAndNotCoded() throws {
        let funnel = FunnelTally(result: try TestSupport.fixtureResult())
        #expect(funnel.included == 8)
        #expect(funnel.inclusionNotCoded == 1)
        #expect(funnel.excluded == 7)
        #expect(funnel.importanceBy == ["high": 5, "medium": 3, "low": 1])
        #expect(funnel.importanceExcluded == 1)
        #expect(funnel.retained == 8)
        #expect(funnel.knowledgeBy == ["knowledge": 1, "assumption": 4, "idea": 2])
        #expect(funnel.knowledgeNotCoded == 1)
        #expect(funnel.statements == 16)
        #expect(funnel.links == 21)
    }

    @Test func machineStatementsGiveWayToHumanOnes() throws {
        let result = try TestSupport.fixtureResult()
        #expect(!result.links.contains { $0.statementId == "f03-m1" })
        #expect(!result.links.contains { $0.projectId == "f15" || $0.projectId == "f05" || $0.projectId == "a01" })
    }

    @Test func tableOneCountedByHand() throws {
        let tally = ActivityLevelTally.results(try TestSupport.fixtureResult())
        #expect(tally.rows.map(\.activity) == ["interdisciplinary", "health-professional", "mentoring", "workplace-oriented", "citizen-responsibility",
                                               "group-activities", "upskilling", "coaching"])
        #expect(tally.totals["knowledge"] == 1 && tally.totals["assumption"] == 6 && tally.totals["idea"] == 3 && tally.totals.notCoded == 1)
        #expect(tally.rows.last?.counts.linkIds == ["f06-s1#1"])
    }

    @Test func tableTwoCountedByHand() throws {
        let tally = ActivityLevelTally.employment(try TestSupport.fixtureResult())
        #expect(tally.rows.map(\.activity) == ["interdisciplinary", "early-intervention", "job-search", "mentoring", "workplace-oriented", "citizen-responsibility"])
        #expect(tally.totals.total == 6)
    }

    @Test func changeTheoryOfCompetences() throws {
        let result = try TestSupport.fixtureResult()
        let theme = try #require(result.codebook.themes["competence-development"])
        let tally = ChangeTheoryTally(theme: theme, result: result)
        #expect(tally.activities.map(\.from) == ["health-professional", "citizen-responsibility", "group-activities", "upskilling", "coaching"])
        #expect(tally.groupToCategory.count == 6)
        #expect(tally.categoryToEffect.isEmpty)
        let workplace = ChangeTheoryTally(theme: try #require(result.codebook.themes["at-the-workplace"]), result: result)
        #expect(workplace.categoryToCategory.map { "\($0.from)→\($0.to)" } == ["completed-internship→personal-competences"])
        let system = ChangeTheoryTally(theme: try #require(result.codebook.themes["system-approach"]), result: result)
        #expect(system.categoryToEffect.map { "\($0.from)→\($0.to):\($0.counts["knowledge"])" } == ["strengthened-effort→employment:1"])
    }

    @Test func activityReach() throws {
        let tally = ActivityReachTally(result: try TestSupport.fixtureResult())
        #expect(tally.rows.count == 20)
        #expect(tally.rows.filter { $0.themes.count == 1 }.count == 7)
        #expect(tally.rows.first { $0.activity == "coaching" }?.themes == ["competence-development"])
        #expect(tally.rows.last?.themes.isEmpty == true)
    }

    @Test func descriptivesCountedByHand() throws {
        let tally = DescriptivesTally(result: try TestSupport.fixtureResult())
        #expect(tally.projects == 8)
        #expect(tally.disabilityType.counts == ["psychological": 3, "physical": 1, "both": 2])
        #expect(tally.disabilityType.notCoded == 2)
        #expect(tally.size.counts == ["small": 3, "medium": 2, "large": 2])
        #expect(tally.participantsTotal == 603 && tally.participantsMin == 12 && tally.participantsMax == 200 && tally.participantsUnknown == 1)
    }

    @Test func documentCodesAreMachineCodesBesideHumanOnes() throws {
        let result = try TestSupport.fixtureResult()
        let f17 = try #require(result.records.first { $0.id == "f17" })
        #expect(f17.implementability.human?.value == "overall" && f17.implementability.machine?.value == "detailed")
        #expect(f17.implementability.value == "overall")
        #expect(f17.participants.machine?.value == 97 && f17.participants.machine?.evidence.first?.line == 35)
        #expect(f17.statementsInForce.allSatisfy { !$0.isMachine } && f17.statements.contains(where: \.isMachine))
        let f16 = try #require(result.records.first { $0.id == "f16" })
        #expect(f16.period.machine?.value == Period(start: 2010, end: 2012))
        #expect(f16.inclusion["disability-target-group"]?.machine?.value == true)
        #expect(f16.statementsInForce.map(\.id) == ["f16-m1", "f16-m2", "f16-m3"])
    }
}
