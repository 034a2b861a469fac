/// `problems` (section 5.2, figures 10 and 11): projects and statements per core problem and
/// system challenge, projects aimed at each disability type side by side (counts and shares of
/// the projects of that type with problems coded), and each project's problems with coder and
/// evidence.
public struct ProblemsReport: ReportBuilder {
    public let name = "problems"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("problems-title") }

    public func build(_ context: ReportContext) -> [ReportFile] {
        let tally = ProblemsTally(result: context.result)
        let codebook = context.codebook
        func label(_ id: String) -> String {
            codebook.problems[id]?.label.text(context.language)
                ?? codebook.problems.entries.flatMap(\.children).first { $0.id == id }?.label.text(context.language) ?? id
        }
        func disabilityLabel(_ id: String) -> String {
            codebook.descriptiveGroup("disability-type")?.children.first { $0.id == id }?.label.text(context.language) ?? id
        }
        var markdown = context.heading(title(context))
        markdown += context.t("problems-note").replacingOccurrences(of: "{n}", with: String(tally.coded))
            .replacingOccurrences(of: "{m}", with: String(tally.notCoded)) + "\n\n"
        var csv = Table(columns: ["section", "id", "label", "group_id", "disability_type", "projects", "share_percent",
                                  "machine_coded", "statements", "analyses", "project_ids"])

        var counts = Table(columns: [context.t("problem"), context.t("projects"), context.t("share"), context.t("machine-coded-projects"),
                                     context.t("statements"), context.t("analyses-count")])
        for (group, groupRow) in zip(codebook.problems.entries, tally.groups) {
            func add(_ row: ProblemsTally.Row, bold: Bool) {
                let text = bold ? "**\(label(row.id))**" : label(row.id)
                counts.append([text, String(row.projects), context.percent(row.projects, of: tally.coded), String(row.machineCoded),
                               String(row.statements), String(row.analyses)])
                csv.append([bold ? "group" : "problem", row.id, label(row.id), group.id, "", String(row.projects),
                            Format.percent(row.projects, of: tally.coded), String(row.machineCoded), String(row.statements),
                            String(row.analyses), row.projectIds.joined(separator: " ")])
            }
            add(groupRow, bold: true)
            for child in group.children { if let row = tally.types.first(where: { $0.id == child.id }) { add(row, bold: false) } }
        }
        counts.append([context.t("not-coded"), String(tally.notCoded), "", "", "", ""])
        csv.append(["not-coded", "not-coded", context.t("not-coded"), "", "", String(tally.notCoded), "", "", "", "", ""])
        markdown += "## \(context.t("problems-counts"))\n\n" + MarkdownTableWriter.render(counts, numericColumnsFrom: 1) + "\n"

        markdown += "## \(context.t("problems-by-disability"))\n\n" + context.t("problems-by-disability-note") + "\n\n"
        var comparison = Table(columns: [context.t("problem")] + tally.disabilityTypes.map {
            "\(disabilityLabel($0)) (n = \(tally.codedByDisability[$0] ?? 0))"
        })
        let ordered = zip(codebook.problems.entries, tally.groups).flatMap { group, row in
            [row] + group.children.compactMap { child in tally.types.first { $0.id == child.id } }
        }
        for row in ordered {
            let isGroup = tally.groups.contains { $0.id == row.id }
            comparison.append([isGroup ? "**\(label(row.id))**" : label(row.id)] + tally.disabilityTypes.map { type in
                let count = row.byDisability[type] ?? 0
                let share = context.percent(count, of: tally.codedByDisability[type] ?? 0)
                return share.isEmpty ? String(count) : "\(count) (\(share) %)"
            })
            for type in tally.disabilityTypes {
                let count = row.byDisability[type] ?? 0
                csv.append(["by-disability", row.id, label(row.id), isGroup ? "" : (codebook.problems.entries.first { $0.children.contains { $0.id == row.id } }?.id ?? ""),
                            type, String(count), Format.percent(count, of: tally.codedByDisability[type] ?? 0), "", "", "", ""])
            }
        }
        markdown += MarkdownTableWriter.render(comparison, numericColumnsFrom: 1) + "\n"

        markdown += "## \(context.t("problems-projects"))\n\n"
        var projects = Table(columns: [context.t("project"), context.t("problem"), context.t("coder"), context.t("evidence")])
        for project in context.result.retained {
            guard let decision = project.record.problems.decision else { continue }
            projects.append(["\(project.record.id): \(project.record.title)", decision.value.map(label).joined(separator: ", "),
                             decision.coder, decision.evidence.isEmpty ? (decision.note ?? "") : decision.evidence.map(\.text).joined(separator: "; ")])
        }
        markdown += projects.rows.isEmpty ? "_\(context.t("not-coded"))_\n" : MarkdownTableWriter.render(projects)
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }
}
