import Testing
@testable import MetaEval

/// The fixture corpus (Tests/Fixtures/corpus) counted by hand: 15 projects and three analyses;
/// f15 is a recorded duplicate of f02; f07–f13 each fail one inclusion criterion; f05 is of
/// low importance; f06 lacks a documentation code; f14 has two criteria undecided.
@Suite struct PipelineTests {
    @Test func deduplicationKeepsChannels() throws {
        let result = try TestSupport.fixtureResult()
        #expect(result.mergedInto == ["f15": "f02"])
        #expect(result.projects.count == 14)
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
        #expect(funnel.included == 6)
        #expect(funnel.inclusionNotCoded == 1)
        #expect(funnel.excluded == 7)
        #expect(funnel.importanceBy == ["high": 3, "medium": 3, "low": 1])
        #expect(funnel.importanceExcluded == 1)
        #expect(funnel.retained == 6)
        #expect(funnel.knowledgeBy == ["knowledge": 1, "assumption": 2, "idea": 2])
        #expect(funnel.knowledgeNotCoded == 1)
        #expect(funnel.statements == 11)
        #expect(funnel.links == 14)
    }

    @Test func machineStatementsGiveWayToHumanOnes() throws {
        let result = try TestSupport.fixtureResult()
        #expect(!result.links.contains { $0.statementId == "f03-m1" })
        #expect(!result.links.contains { $0.projectId == "f15" || $0.projectId == "f05" || $0.projectId == "a01" })
    }

    @Test func tableOneCountedByHand() throws {
        let tally = ActivityLevelTally.results(try TestSupport.fixtureResult())
        #expect(tally.rows.map(\.activity) == ["interdisciplinary", "mentoring", "workplace-oriented", "citizen-responsibility",
                                               "group-activities", "upskilling", "coaching"])
        #expect(tally.totals["knowledge"] == 1 && tally.totals["assumption"] == 2 && tally.totals["idea"] == 3 && tally.totals.notCoded == 1)
        #expect(tally.rows.last?.counts.linkIds == ["f06-s1#1"])
    }

    @Test func tableTwoCountedByHand() throws {
        let tally = ActivityLevelTally.employment(try TestSupport.fixtureResult())
        #expect(tally.rows.map(\.activity) == ["interdisciplinary", "early-intervention", "mentoring", "citizen-responsibility"])
        #expect(tally.totals.total == 4)
    }

    @Test func changeTheoryOfCompetences() throws {
        let result = try TestSupport.fixtureResult()
        let theme = try #require(result.codebook.themes["competence-development"])
        let tally = ChangeTheoryTally(theme: theme, result: result)
        #expect(tally.activities.map(\.from) == ["citizen-responsibility", "group-activities", "upskilling", "coaching"])
        #expect(tally.groupToCategory.count == 4)
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
        #expect(tally.projects == 6)
        #expect(tally.disabilityType.counts == ["psychological": 1, "physical": 1, "both": 2])
        #expect(tally.disabilityType.notCoded == 2)
        #expect(tally.size.counts == ["small": 2, "medium": 1, "large": 2])
        #expect(tally.participantsTotal == 472 && tally.participantsMin == 12 && tally.participantsMax == 200 && tally.participantsUnknown == 1)
    }
}
