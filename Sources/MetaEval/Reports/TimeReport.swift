/// `time` (section 5.1): the retained projects by the year they ended, and the share of those
/// with a coded period that ended in or after the edition's year (`timeShareFromYear`).
public struct TimeReport: ReportBuilder {
    public let name = "time"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("time-title") }

    public func build(_ context: ReportContext) -> [ReportFile] {
        let tally = context.tallies.descriptives
        let year = context.result.edition.timeShareFromYear
        let (later, coded) = tally.endingInOrAfter(year)
        var markdown = context.heading(title(context))
        var csv = Table(columns: ["section", "year", "projects", "share_percent", "cumulative_share_percent"])
        var table = Table(columns: [context.t("end-year"), context.t("projects"), context.t("share"), context.t("cumulative-share")])
        var running = 0
        for key in tally.endYear.counts.keys.sorted() {
            let count = tally.endYear.counts[key] ?? 0
            running += count
            table.append([key, String(count), context.percent(count, of: coded), context.percent(running, of: coded)])
            csv.append(["end-year", key, String(count), Format.percent(count, of: coded), Format.percent(running, of: coded)])
        }
        table.append([context.t("not-coded"), String(tally.endYear.notCoded), "", ""])
        csv.append(["end-year", "not-coded", String(tally.endYear.notCoded), "", ""])
        markdown += MarkdownTableWriter.render(table, numericColumnsFrom: 1) + "\n"
        let share = context.percent(later, of: coded)
        markdown += "## \(context.t("time-share").replacingOccurrences(of: "{year}", with: String(year)))\n\n"
        markdown += context.t("time-share-text")
            .replacingOccurrences(of: "{n}", with: String(later)).replacingOccurrences(of: "{m}", with: String(coded))
            .replacingOccurrences(of: "{share}", with: share.isEmpty ? "–" : share).replacingOccurrences(of: "{year}", with: String(year)) + "\n\n"
        markdown += context.t("time-note") + "\n"
        csv.append(["ending-in-or-after", String(year), String(later), Format.percent(later, of: coded), ""])
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }
}
