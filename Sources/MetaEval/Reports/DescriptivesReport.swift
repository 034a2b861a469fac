/// `descriptives` (figures 5–8, section 5.1): the retained projects by disability type, age
/// group, size class, appendix group, methods used and end year, with shares of the coded
/// projects, and participant totals.
public struct DescriptivesReport: ReportBuilder {
    public let name = "descriptives"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("descriptives-title") }

    public func build(_ context: ReportContext) -> [ReportFile] {
        let tally = context.tallies.descriptives
        let codebook = context.codebook
        var markdown = context.heading(title(context))
        markdown += context.t("descriptives-note").replacingOccurrences(of: "{n}", with: String(tally.projects)) + "\n\n"
        var csv = Table(columns: ["dimension", "id", "label", "projects", "share_percent"])
        func section(_ dimension: String, _ distribution: DescriptivesTally.Distribution, ids: [String], shareOf whole: Int? = nil) {
            let coded = whole ?? distribution.counts.values.reduce(0, +)
            var table = Table(columns: [context.t(dimension), context.t("projects"), context.t("share")])
            let extra = distribution.counts.keys.filter { !ids.contains($0) }.sorted()
            for id in ids + extra {
                let count = distribution.counts[id] ?? 0
                let label = codebook.descriptiveGroup(dimension)?.children.first { $0.id == id }?.label.text(context.language) ?? id
                table.append([label, String(count), context.percent(count, of: coded)])
                csv.append([dimension, id, label, String(count), Format.percent(count, of: coded)])
            }
            table.append([context.t("not-coded"), String(distribution.notCoded), ""])
            csv.append([dimension, "not-coded", context.t("not-coded"), String(distribution.notCoded), ""])
            markdown += "## \(context.t(dimension))\n\n" + MarkdownTableWriter.render(table, numericColumnsFrom: 1) + "\n"
        }
        func ids(_ group: String) -> [String] { codebook.descriptiveGroup(group)?.children.map(\.id) ?? [] }
        section("disability-type", tally.disabilityType, ids: ids("disability-type"))
        section("age-group", tally.ageGroup, ids: ids("age-group"))
        section("size", tally.size, ids: ids("size"))
        section("appendix-group", tally.appendixGroup, ids: ids("appendix-group"))
        let withMethods = tally.projects - tally.methods.notCoded
        section("method", tally.methods, ids: ids("method").filter { tally.methods.counts[$0] != nil }, shareOf: withMethods)
        markdown += context.t("methods-note") + "\n\n"
        section("end-year", tally.endYear, ids: tally.endYear.counts.keys.sorted())
        var participants = Table(columns: [context.t("item"), context.t("value")])
        let items: [(String, String)] = [
            ("participants-total", String(tally.participantsTotal)),
            ("participants-min", tally.participantsMin.map(String.init) ?? ""),
            ("participants-max", tally.participantsMax.map(String.init) ?? ""),
            ("participants-unknown", String(tally.participantsUnknown)),
        ]
        for (key, value) in items {
            participants.append([context.t(key), value])
            csv.append(["participants", key, context.t(key), value, ""])
        }
        markdown += "## \(context.t("participants"))\n\n" + MarkdownTableWriter.render(participants, numericColumnsFrom: 1)
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }
}
