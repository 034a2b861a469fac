/// `agreement`: how well the machine's codes agree with the human codes where a record has
/// both — raw agreement, Cohen's kappa and its Landis–Koch band for inclusion, documentation,
/// implementability and knowledge level, and precision and recall of statement links.
public struct AgreementReport: ReportBuilder {
    public let name = "agreement"
    public init() {}
    public func title(_ context: ReportContext) -> String { context.t("agreement-title") }

    /// A proportion with three decimals, rounded half up; a decimal comma in Danish.
    static func decimal(_ value: Double?, _ language: Language?) -> String {
        guard let value, value.isFinite else { return "" }
        let thousandths = Int((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        let fraction = String(magnitude % 1000)
        let text = "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
        return language == .da ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    public func build(_ context: ReportContext) -> [ReportFile] {
        let tally = AgreementTally(result: context.result)
        let labels = ["inclusion": context.t("agreement-inclusion"), "documentation": context.t("coding-documentation"),
                      "implementability": context.t("coding-implementability"), "knowledge-level": context.t("coding-knowledge-level")]
        var table = Table(columns: [context.t("agreement-dimension"), context.t("agreement-pairs"), context.t("agreement-raw"),
                                    context.t("agreement-kappa"), context.t("agreement-band")])
        var csv = Table(columns: ["measure", "pairs", "raw_agreement", "kappa", "band", "records", "machine_links", "human_links",
                                  "common_links", "precision", "recall"])
        for row in tally.categorical {
            table.append([labels[row.id] ?? row.id, String(row.pairs), Self.decimal(row.rawAgreement, context.language),
                          Self.decimal(row.kappa, context.language), context.t("agreement-band-" + row.band)])
            csv.append([row.id, String(row.pairs), Self.decimal(row.rawAgreement, nil), Self.decimal(row.kappa, nil), row.band,
                        "", "", "", "", "", ""])
        }
        let links = tally.links
        var linkTable = Table(columns: [context.t("agreement-records"), context.t("agreement-machine-links"), context.t("agreement-human-links"),
                                        context.t("agreement-common-links"), context.t("agreement-precision"), context.t("agreement-recall")])
        linkTable.append([String(links.records), String(links.machine), String(links.human), String(links.common),
                          Self.decimal(links.precision, context.language), Self.decimal(links.recall, context.language)])
        csv.append(["statement-links", "", "", "", "", String(links.records), String(links.machine), String(links.human),
                    String(links.common), Self.decimal(links.precision, nil), Self.decimal(links.recall, nil)])
        var markdown = context.heading(title(context))
        markdown += context.t("agreement-note") + "\n\n" + MarkdownTableWriter.render(table, numericColumnsFrom: 1) + "\n"
        markdown += "## \(context.t("agreement-links"))\n\n" + context.t("agreement-links-note") + "\n\n"
        markdown += MarkdownTableWriter.render(linkTable, numericColumnsFrom: 0)
        return [ReportFile(name: "\(name).md", contents: markdown), context.csv.file("\(name).csv", csv)]
    }
}
