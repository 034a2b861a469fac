/// The pipeline's own value for each figure id a report can publish (`funnel.*`, `knowledge.*`,
/// `disability.*`, `theme.<theme>.<activity>.<level>` …), with the number of projects it
/// rests on, so the reconciliation can set it beside the published value — or say that the
/// corpus does not code it.
public struct ComputedFigures: Sendable {
    /// One computed value; `value` is nil when no project in the corpus has the code it needs.
    public struct Figure: Sendable, Equatable {
        public var value: Double?
        public var basis: Label
    }

    public private(set) var figures: [String: Figure] = [:]

    public subscript(id: String) -> Figure? { figures[id] }

    public init(result: PipelineResult) {
        self.init(SharedTallies(result: result))
    }

    /// The figures from tallies that the reports share.
    public init(_ tallies: SharedTallies) {
        let result = tallies.result
        let funnel = tallies.funnel
        let descriptives = tallies.descriptives
        let codebook = result.codebook
        let retained = result.retained.count
        func set(_ id: String, _ value: Int?, basis: Label) {
            figures[id] = Figure(value: value.map(Double.init), basis: basis)
        }
        func share(_ id: String, _ part: Int, of whole: Int, basis: Label) {
            let tenths = whole > 0 ? (part * 2000 + whole) / (2 * whole) : nil
            figures[id] = Figure(value: tenths.map { Double($0) / 10 }, basis: basis)
        }
        set("funnel.identified", funnel.projectsRead + funnel.analysesRead, basis: Label(da: "indlæste poster", en: "records read"))
        set("funnel.after-screening.projects", funnel.projectsAfterDeduplication, basis: Label(da: "projekter efter dubletrensning", en: "projects after de-duplication"))
        set("funnel.after-screening.analyses", funnel.analysesAfterDeduplication, basis: Label(da: "analyser efter dubletrensning", en: "analyses after de-duplication"))
        let inclusionCoded = funnel.projectsAfterDeduplication - funnel.inclusionNotCoded
        set("funnel.included", inclusionCoded > 0 ? funnel.included : nil, basis: Label(da: "\(inclusionCoded) af \(funnel.projectsAfterDeduplication) projekter med kodet inklusion", en: "\(inclusionCoded) of \(funnel.projectsAfterDeduplication) projects with inclusion coded"))
        let importanceCoded = funnel.importanceBy.values.reduce(0, +)
        let proceeding = codebook.importance.entries.filter { $0.proceeds == true }.reduce(0) { $0 + (funnel.importanceBy[$1.id] ?? 0) }
        let importanceBasis = Label(da: "\(importanceCoded) af \(importanceCoded + funnel.importanceNotCoded) projekter med kodet vigtighed", en: "\(importanceCoded) of \(importanceCoded + funnel.importanceNotCoded) projects with importance coded")
        set("funnel.importance.high-or-medium", importanceCoded > 0 ? proceeding : nil, basis: importanceBasis)
        set("funnel.importance.low", importanceCoded > 0 ? funnel.importanceExcluded : nil, basis: importanceBasis)
        let statementsBasis = Label(da: "udsagn fra \(retained) fastholdte projekter", en: "statements of \(retained) retained projects")
        set("funnel.statements.extracted", funnel.statements > 0 ? funnel.statements : nil, basis: statementsBasis)
        set("funnel.statements.generalised", funnel.links > 0 ? funnel.links : nil, basis: statementsBasis)
        set("analyses.identified", funnel.analysesAfterDeduplication, basis: Label(da: "analyseposter efter dubletrensning", en: "analysis records after de-duplication"))
        let relevanceCoded = funnel.analysesRelevant + funnel.analysesNotRelevant
        set("analyses.relevant", relevanceCoded > 0 ? funnel.analysesRelevant : nil,
            basis: Label(da: "\(relevanceCoded) af \(funnel.analysesAfterDeduplication) analyser med kodet relevans", en: "\(relevanceCoded) of \(funnel.analysesAfterDeduplication) analyses with relevance coded"))
        set("analyses.statements", funnel.analysisStatements > 0 ? funnel.analysisStatements : nil,
            basis: Label(da: "udsagn fra \(funnel.analysesRelevant) relevante og \(funnel.analysesRelevanceNotCoded) ikke kodede analyser", en: "statements of \(funnel.analysesRelevant) relevant and \(funnel.analysesRelevanceNotCoded) not-coded analyses"))
        supportingFigures(result)
        for (channel, count) in funnel.channelsBefore where !channel.isEmpty {
            set("channels.\(channel).identified", count, basis: Label(da: "poster, der angiver kanalen", en: "records naming the channel"))
        }
        let knowledgeCoded = funnel.knowledgeBy.values.reduce(0, +)
        for level in codebook.knowledgeLevels.ids {
            set("knowledge.\(level)", knowledgeCoded > 0 ? funnel.knowledgeBy[level] ?? 0 : nil,
                basis: Label(da: "\(knowledgeCoded) af \(retained) fastholdte projekter med et vidensniveau", en: "\(knowledgeCoded) of \(retained) retained projects with a knowledge level"))
        }
        func distribution(_ prefix: String, _ values: DescriptivesTally.Distribution, group: String) {
            let coded = values.counts.values.reduce(0, +)
            for id in codebook.descriptiveGroup(group)?.children.map(\.id) ?? [] {
                share("\(prefix).\(id)", values.counts[id] ?? 0, of: coded, basis: Label(da: "\(coded) af \(retained) fastholdte projekter kodet", en: "\(coded) of \(retained) retained projects coded"))
            }
        }
        distribution("disability", descriptives.disabilityType, group: "disability-type")
        distribution("age", descriptives.ageGroup, group: "age-group")
        distribution("size", descriptives.size, group: "size")
        distribution("appendix", descriptives.appendixGroup, group: "appendix-group")
        for id in codebook.descriptiveGroup("appendix-group")?.children.map(\.id) ?? [] {
            set("appendix.\(id).count", descriptives.appendixGroup.counts[id] ?? 0, basis: Label(da: "fastholdte projekter", en: "retained projects"))
        }
        let withMethods = retained - descriptives.methods.notCoded
        for id in codebook.descriptiveGroup("method")?.children.map(\.id) ?? [] {
            share("methods.\(id)", descriptives.methods.counts[id] ?? 0, of: withMethods, basis: Label(da: "\(withMethods) af \(retained) fastholdte projekter med kodede metoder", en: "\(withMethods) of \(retained) retained projects with methods coded"))
        }
        let participantsBasis = Label(da: "\(retained - descriptives.participantsUnknown) af \(retained) fastholdte projekter med kodet deltagerantal", en: "\(retained - descriptives.participantsUnknown) of \(retained) retained projects with participants coded")
        let anyParticipants = descriptives.participantsUnknown < retained
        set("participants.total", anyParticipants ? descriptives.participantsTotal : nil, basis: participantsBasis)
        set("participants.min", descriptives.participantsMin, basis: participantsBasis)
        set("participants.max", descriptives.participantsMax, basis: participantsBasis)
        set("participants.unknown", anyParticipants ? descriptives.participantsUnknown : nil, basis: participantsBasis)
        let year = result.edition.timeShareFromYear
        let (later, coded) = descriptives.endingInOrAfter(year)
        share("time.ending-\(year)-or-later", later, of: coded, basis: Label(da: "\(coded) af \(retained) fastholdte projekter med kodet periode", en: "\(coded) of \(retained) retained projects with a period coded"))
        supportFigures(tallies)
        for theme in codebook.themes.entries {
            let tally = tallies.changeTheory(theme)
            let basis = Label(da: "led til kategorier under \(theme.label.da)", en: "links to \(theme.label.en) categories")
            for activity in codebook.activityTypes {
                let counts = tally.activities.first { $0.from == activity.id }?.counts ?? LevelCounts()
                for level in codebook.knowledgeLevels.ids {
                    set("theme.\(theme.id).\(activity.id).\(level)", result.links.isEmpty ? nil : counts[level], basis: basis)
                }
            }
        }
    }

    /// The rules of "where support is strongest", applied to the corpus's tables 1 and 2.
    mutating func supportFigures(_ tallies: SharedTallies) {
        let result = tallies.result
        guard !result.links.isEmpty else {
            for id in ["support.knowledge-activities.activities-results", "support.knowledge-activities.activities-employment", "support.reach-all-themes"]
                + result.codebook.activityTypes.map({ "support.mechanism-not-explained.\($0.id)" }) {
                figures[id] = Figure(value: nil, basis: Label(da: "ingen udsagnsled i korpusset", en: "no statement links in the corpus"))
            }
            return
        }
        let rules = SupportRules(codebook: result.codebook)
        let results = ActivityLevelTable(tallies.activityResults)
        let employment = ActivityLevelTable(tallies.activityEmployment)
        let basis = Label(da: "udsagnsled i korpusset efter reglen i rapporten om stærkeste belæg", en: "statement links in the corpus, by the rule of the strongest-support report")
        figures["support.knowledge-activities.activities-results"] = Figure(value: Double(rules.atStrongestLevel(results).count), basis: basis)
        figures["support.knowledge-activities.activities-employment"] = Figure(value: Double(rules.atStrongestLevel(employment).count), basis: basis)
        let flagged = Set(rules.mechanismNotExplained(employment: employment, results: results).map(\.activity))
        for activity in result.codebook.activityTypes {
            figures["support.mechanism-not-explained.\(activity.id)"] = Figure(value: flagged.contains(activity.id) ? 1 : 0, basis: basis)
        }
        let reach = tallies.reach
        let themes = result.codebook.themes.entries.count
        figures["support.reach-all-themes"] = Figure(value: Double(reach.rows.filter { $0.themes.count == themes }.count), basis: Label(da: "aktiviteter med led til alle resultattemaer", en: "activities with links to every result theme"))
    }

    /// Footnote counts of section 5 ("11 analyses" …): the analyses carried on (relevant or not
    /// coded) with a statement link from an activity, to a theme's categories where one is named.
    mutating func supportingFigures(_ result: PipelineResult) {
        let codebook = result.codebook
        func analyses(from activity: String, theme: String? = nil) -> Int {
            Set(result.supportingLinks.filter { link in
                link.link.from == activity && (theme == nil || codebook.theme(ofCategory: link.link.to)?.id == theme)
            }.map(\.projectId)).count
        }
        let carried = result.assessedAnalyses.filter(\.isRetained).count
        func set(_ id: String, _ value: Int, _ what: Label) {
            figures[id] = result.supportingLinks.isEmpty ? Figure(value: nil, basis: Label(da: "ingen udsagnsled fra analyser i korpusset", en: "no statement links from analyses in the corpus"))
                : Figure(value: Double(value), basis: Label(da: "\(carried) analyser ført videre, med et led \(what.da)", en: "\(carried) analyses carried on, with a link \(what.en)"))
        }
        set("analyses.interdisciplinarity.system-approach", analyses(from: "interdisciplinary", theme: "system-approach"),
            Label(da: "fra tværfaglig indsats til en kategori under systemtilgang", en: "from interdisciplinary to a system-approach category"))
        set("analyses.early-intervention", analyses(from: "early-intervention"), Label(da: "fra tidlig indsats", en: "from early-intervention"))
        set("analyses.individually-tailored", analyses(from: "individually-tailored"), Label(da: "fra individuelt tilrettelagt indsats", en: "from individually-tailored"))
    }
}
