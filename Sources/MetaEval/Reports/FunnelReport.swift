/// `funnel`: records per stage of the process with exclusion reasons counted per criterion,
/// and a Mermaid flowchart of the stages with their counts.
public struct FunnelReport: ReportBuilder {
    public let name = "funnel"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("funnel-title") }

    /// One row of the funnel: stage, item id, label and count.
    struct Row {
        var stage: String
        var item: String
        var label: String
        var count: Int
    }

    func rows(_ funnel: FunnelTally, _ context: ReportContext) -> [Row] {
        let codebook = context.codebook
        let channels = codebook.descriptiveGroup("channel")?.children ?? []
        func channelLabel(_ id: String) -> String {
            id.isEmpty ? context.t("no-channel") : (channels.first { $0.id == id }?.label.text(context.language) ?? id)
        }
        func channelIds(_ counts: [String: Int]) -> [String] {
            channels.map(\.id).filter { counts[$0] != nil } + counts.keys.filter { id in !channels.contains { $0.id == id } }.sorted()
        }
        var rows: [Row] = [
            Row(stage: "read", item: "projects", label: context.t("projects-read"), count: funnel.projectsRead),
            Row(stage: "read", item: "analyses", label: context.t("analyses-read"), count: funnel.analysesRead),
        ]
        rows += channelIds(funnel.channelsBefore).map {
            Row(stage: "channel-before", item: $0.isEmpty ? "none" : $0, label: channelLabel($0), count: funnel.channelsBefore[$0] ?? 0)
        }
        rows += [
            Row(stage: "deduplication", item: "duplicates-removed", label: context.t("duplicates-removed"), count: funnel.duplicatesRemoved),
        ]
        rows += channelIds(funnel.duplicatesByChannel).map {
            Row(stage: "deduplication", item: "duplicates-removed:" + ($0.isEmpty ? "none" : $0),
                label: context.t("duplicates-removed") + ": " + channelLabel($0), count: funnel.duplicatesByChannel[$0] ?? 0)
        }
        rows += [
            Row(stage: "deduplication", item: "projects", label: context.t("projects-after-dedup"), count: funnel.projectsAfterDeduplication),
            Row(stage: "deduplication", item: "analyses", label: context.t("analyses-after-dedup"), count: funnel.analysesAfterDeduplication),
        ]
        rows += channelIds(funnel.channelsAfter).map {
            Row(stage: "channel-after", item: $0.isEmpty ? "none" : $0, label: channelLabel($0), count: funnel.channelsAfter[$0] ?? 0)
        }
        rows.append(Row(stage: "inclusion", item: "included", label: context.t("included"), count: funnel.included))
        rows.append(Row(stage: "inclusion", item: "not-coded", label: context.t("inclusion-not-coded"), count: funnel.inclusionNotCoded))
        for criterion in codebook.criteria.entries {
            rows.append(Row(stage: "inclusion", item: "excluded:\(criterion.id)",
                            label: context.t("excluded-by") + " " + criterion.label.text(context.language),
                            count: funnel.excludedBy[criterion.id] ?? 0))
        }
        for criterion in codebook.criteria.entries {
            rows.append(Row(stage: "inclusion", item: "failing:\(criterion.id)",
                            label: context.t("failing") + " " + criterion.label.text(context.language),
                            count: funnel.failingBy[criterion.id] ?? 0))
        }
        for level in codebook.importance.entries {
            let suffix = level.proceeds == true ? "" : " (" + context.t("excluded") + ")"
            rows.append(Row(stage: "importance", item: level.id, label: level.label.text(context.language) + suffix,
                            count: funnel.importanceBy[level.id] ?? 0))
        }
        rows.append(Row(stage: "importance", item: "not-coded", label: context.t("not-coded"), count: funnel.importanceNotCoded))
        for level in context.levels {
            rows.append(Row(stage: "quality", item: level.id, label: level.label.text(context.language), count: funnel.knowledgeBy[level.id] ?? 0))
        }
        rows.append(Row(stage: "quality", item: "not-coded", label: context.t("not-coded"), count: funnel.knowledgeNotCoded))
        rows.append(Row(stage: "statements", item: "statements", label: context.t("statements"), count: funnel.statements))
        rows.append(Row(stage: "statements", item: "links", label: context.t("links"), count: funnel.links))
        for level in context.levels {
            rows.append(Row(stage: "statements", item: "links:\(level.id)", label: context.t("links") + ", " + level.label.text(context.language), count: funnel.linksBy[level.id]))
        }
        rows.append(Row(stage: "statements", item: "links:not-coded", label: context.t("links") + ", " + context.t("not-coded"), count: funnel.linksBy.notCoded))
        rows += [
            Row(stage: "analyses", item: "identified", label: context.t("analyses-after-dedup"), count: funnel.analysesAfterDeduplication),
            Row(stage: "analyses", item: "relevant", label: context.t("analyses-relevant"), count: funnel.analysesRelevant),
            Row(stage: "analyses", item: "not-relevant", label: context.t("analyses-not-relevant"), count: funnel.analysesNotRelevant),
            Row(stage: "analyses", item: "not-coded", label: context.t("analyses-relevance-not-coded"), count: funnel.analysesRelevanceNotCoded),
            Row(stage: "analyses", item: "statements", label: context.t("analyses-statements"), count: funnel.analysisStatements),
            Row(stage: "analyses", item: "links", label: context.t("analyses-links"), count: funnel.analysisLinks),
        ]
        return rows
    }

    public func build(_ context: ReportContext) -> [ReportFile] {
        let funnel = context.tallies.funnel
        let rows = rows(funnel, context)
        var markdown = context.heading(title(context))
        markdown += mermaid(funnel, context) + "\n"
        var stage = ""
        var table = Table(columns: [context.t("item"), context.t("count")])
        for row in rows {
            if row.stage != stage {
                if !table.rows.isEmpty { markdown += MarkdownTableWriter.render(table, numericColumnsFrom: 1) + "\n" }
                stage = row.stage
                markdown += "## \(context.t("stage-" + stage))\n\n"
                table.rows = []
            }
            table.append([row.label, String(row.count)])
        }
        markdown += MarkdownTableWriter.render(table, numericColumnsFrom: 1)
        markdown += "\n" + context.t("funnel-note") + "\n"
        var csv = Table(columns: ["stage", "item", "label", "count"])
        for row in rows { csv.append([row.stage, row.item, row.label, String(row.count)]) }
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }

    func mermaid(_ funnel: FunnelTally, _ context: ReportContext) -> String {
        func node(_ id: String, _ text: String) -> String { "    \(id)[\"\(text.replacingOccurrences(of: "\"", with: "'"))\"]\n" }
        var out = "```mermaid\nflowchart TD\n"
        out += node("read", "\(context.t("projects-read")): \(funnel.projectsRead)")
        out += node("dedup", "\(context.t("projects-after-dedup")): \(funnel.projectsAfterDeduplication)")
        out += node("incl", "\(context.t("stage-inclusion")): \(funnel.included) + \(context.t("not-coded").lowercased()) \(funnel.inclusionNotCoded)")
        out += node("excl", "\(context.t("excluded")): \(funnel.excluded)")
        out += node("imp", "\(context.t("stage-importance")): \(funnel.retained)")
        out += node("low", "\(context.t("excluded")): \(funnel.importanceExcluded)")
        let levels = context.levels.map { "\($0.label.text(context.language)) \(funnel.knowledgeBy[$0.id] ?? 0)" }.joined(separator: ", ")
        out += node("quality", "\(context.t("stage-quality")): \(levels), \(context.t("not-coded").lowercased()) \(funnel.knowledgeNotCoded)")
        out += node("stmt", "\(context.t("statements")): \(funnel.statements) → \(context.t("links")): \(funnel.links)")
        out += "    read --> dedup --> incl --> imp --> quality --> stmt\n    incl --> excl\n    imp --> low\n"
        if funnel.analysesRead > 0 {
            out += node("analyses", "\(context.t("analyses-after-dedup")): \(funnel.analysesAfterDeduplication)")
            out += node("relevant", "\(context.t("analyses-relevant")): \(funnel.analysesRelevant) + \(context.t("not-coded").lowercased()) \(funnel.analysesRelevanceNotCoded)")
            out += node("irrelevant", "\(context.t("analyses-not-relevant")): \(funnel.analysesNotRelevant)")
            out += node("astmt", "\(context.t("analyses-statements")): \(funnel.analysisStatements)")
            out += "    read --> analyses --> relevant --> astmt\n    analyses --> irrelevant\n"
        }
        return out + "```\n"
    }
}
