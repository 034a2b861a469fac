/// `projects`: one row per project after de-duplication with every stage's decision and every
/// coded field's value and coder (a person's initials or `machine`), with the evidence of
/// machine codes — so each exclusion traces to its criterion and each count to its projects.
public struct ProjectsReport: ReportBuilder {
    public let name = "projects"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("projects-title") }

    public func build(_ context: ReportContext) -> [ReportFile] {
        let codebook = context.codebook
        var csv = Table(columns: ["project_id", "title", "channels", "appendix_group", "inclusion", "exclusion_reason",
                                  "criteria_undecided", "importance", "implementability", "documentation", "knowledge_level",
                                  "disability_type", "age_group", "methods", "period", "participants", "statements", "links",
                                  "machine_evidence"])
        var table = Table(columns: [context.t("project"), context.t("stage-inclusion"), context.t("stage-importance"),
                                    context.t("knowledge-level"), context.t("disability-type"), context.t("age-group")])
        let linksByProject = Dictionary(grouping: context.result.links, by: \.projectId)
        let included = context.t("included"), notCoded = context.t("not-coded"), excludedBy = context.t("excluded-by")
        let machineCoded = context.t("machine-coded")
        func label(_ value: Coded<String>, group: String) -> String {
            self.label(value, group: group, context, notCoded: notCoded, machineCoded: machineCoded)
        }
        for project in context.result.projects {
            let record = project.record
            var inclusion = "", reason = "", undecided = ""
            switch project.inclusion.status {
            case .included: inclusion = "included"
            case .excluded(let criterion): inclusion = "excluded"; reason = criterion
            case .notCoded(let criteria): inclusion = "not-coded"; undecided = criteria.joined(separator: " ")
            }
            var importance = "not-coded"
            switch project.importance {
            case .proceeds(let level)?: importance = level
            case .excluded(let level)?: importance = level + " (excluded)"
            case .notCoded?: importance = "not-coded"
            case nil: importance = ""
            }
            func coded<V>(_ value: Coded<V>, _ show: (V) -> String) -> String {
                guard let decision = value.decision else { return "not-coded" }
                return show(decision.value) + " [" + decision.coder + "]"
            }
            var evidence = ""
            func note<V>(_ field: String, _ value: Coded<V>) {
                guard let code = value.decision, code.isMachine else { return }
                if !evidence.isEmpty { evidence += " | " }
                evidence += field
                evidence += ": "
                for (index, item) in code.evidence.enumerated() {
                    if index > 0 { evidence += "; " }
                    evidence += item.text
                    guard let line = item.line else { continue }
                    evidence += " ("
                    evidence += item.source ?? ""
                    evidence += ":"
                    evidence += String(line)
                    evidence += ")"
                }
            }
            note("disabilityType", record.disabilityType)
            note("ageGroup", record.ageGroup)
            note("methodsUsed", record.methodsUsed)
            note("problems", record.problems)
            note("period", record.period)
            note("participants", record.participants)
            note("documentation", record.documentation)
            let methods = coded(record.methodsUsed) { $0.joined(separator: " ") }
            let period = coded(record.period) { "\($0.start)-\($0.end)" }
            let participants = coded(record.participants) { String($0) }
            csv.append([record.id, record.title, record.channels.joined(separator: " "), record.appendixGroup ?? "",
                        inclusion, reason, undecided, importance,
                        coded(record.implementability) { $0 }, coded(record.documentation) { $0 }, project.knowledgeLevel ?? (project.isRetained ? "not-coded" : ""),
                        coded(record.disabilityType) { $0 }, coded(record.ageGroup) { $0 }, methods, period, participants,
                        String(project.isRetained ? record.statementsInForce.count : 0), String(linksByProject[record.id]?.count ?? 0),
                        evidence])
            let inclusionText = reason.isEmpty ? (inclusion == "included" ? included : notCoded)
                : excludedBy + " " + (codebook.criteria[reason]?.label.text(context.language) ?? reason)
            let level = project.knowledgeLevel.map { context.label($0, in: codebook.knowledgeLevels) } ?? (project.isRetained ? notCoded : "")
            let importanceText = project.importance == nil ? "" : (record.importance.value.map { context.label($0, in: codebook.importance) } ?? notCoded)
            table.append(["\(record.id): \(record.title)", inclusionText, importanceText, level,
                          label(record.disabilityType, group: "disability-type"),
                          label(record.ageGroup, group: "age-group")])
        }
        var markdown = context.heading(title(context))
        markdown += context.t("projects-note") + "\n\n" + MarkdownTableWriter.render(table)
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }

    func label(_ value: Coded<String>, group: String, _ context: ReportContext, notCoded: String, machineCoded: String) -> String {
        guard let decision = value.decision else { return notCoded }
        let text = context.codebook.descriptiveGroup(group)?.children.first { $0.id == decision.value }?.label.text(context.language) ?? decision.value
        return decision.isMachine ? text + " (" + machineCoded + ")" : text
    }
}
