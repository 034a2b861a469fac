/// The reconciliation's part for "where support is strongest": the `SupportRules` applied to the
/// published tables 1 and 2 — ranking, activities at the knowledge level, "mechanism not
/// explained" — beside the same rules on the corpus, and checks that the rules, run on the
/// published tables, reproduce what the report states (`support.*` figures).
struct ReconciliationSupport {
    let published: PublishedFigures
    let context: ReportContext

    var rules: SupportRules { SupportRules(codebook: context.codebook) }
    var publishedResults: ActivityLevelTable? { published.table("activities-results").map(ActivityLevelTable.init) }
    var publishedEmployment: ActivityLevelTable? { published.table("activities-employment").map(ActivityLevelTable.init) }

    /// The Markdown section; CSV rows go to `csv` (reconciliation columns).
    func section(csv: inout Table) -> String {
        guard let results = publishedResults, let employment = publishedEmployment else { return "" }
        var out = "## \(context.t("support-published-title"))\n\n" + StrongestSupportReport.ruleText(context) + "\n\n"
        var ignored = Table(columns: StrongestSupportReport.csvColumns(context))
        for (key, table) in [("activities-results", results), ("activities-employment", employment)] {
            out += "### \(context.t("support-published-ranking")): \(context.t(key + "-title"))\n\n"
            out += StrongestSupportReport.ranking(table, section: key, scope: "published", context, csv: &ignored)
        }
        out += "### \(context.t("support-published-findings"))\n\n"
        out += StrongestSupportReport.findings(results: results, employment: employment, scope: "published", context, csv: &ignored)
        out += context.t("support-published-flag-note") + "\n\n"
        let corpusResults = ActivityLevelTable(context.tallies.activityResults)
        let corpusEmployment = ActivityLevelTable(context.tallies.activityEmployment)
        let publishedFlags = rules.mechanismNotExplained(employment: employment, results: results)
        let corpusFlags = rules.mechanismNotExplained(employment: corpusEmployment, results: corpusResults)
        for flag in publishedFlags {
            let computed = corpusFlags.contains { $0.activity == flag.activity }
            csv.append(["support-rule", "mechanism-not-explained.\(flag.activity)", context.t("mechanism-not-explained") + ": " + context.label(flag.activity),
                        "flag", "1", computed ? "1" : "0", "", computed ? "agrees" : "differs",
                        "rule on published tables: \(flag.toEmployment) to employment, \(flag.toResults) to results", published.table("activities-employment")?.citation ?? ""])
        }
        for (key, table, corpus) in [("activities-results", results, corpusResults), ("activities-employment", employment, corpusEmployment)] {
            let fromPublished = rules.atStrongestLevel(table)
            let fromCorpus = rules.atStrongestLevel(corpus)
            csv.append(["support-rule", "at-strongest-level.\(key)", context.t("support-at-strongest")
                            .replacingOccurrences(of: "{level}", with: context.levels.first?.label.text(context.language).lowercased() ?? "")
                            .replacingOccurrences(of: "{table}", with: context.t(key + "-title")),
                        "activities", fromPublished.joined(separator: " "), fromCorpus.joined(separator: " "), "",
                        fromPublished == fromCorpus ? "agrees" : "differs", "rule on published tables", published.table(key)?.citation ?? ""])
        }
        return out
    }

    /// Each `support.*` figure the report states, against the rules run on the published tables.
    func checks() -> [PublishedConsistency.Check] {
        guard let results = publishedResults, let employment = publishedEmployment else { return [] }
        var checks: [PublishedConsistency.Check] = []
        let flags = Set(rules.mechanismNotExplained(employment: employment, results: results).map(\.activity))
        for figure in published.figures where figure.id.hasPrefix("support.") {
            let parts = figure.id.split(separator: ".").map(String.init)
            var ruleValue: Int?
            var detail = Label(da: "", en: "")
            func names(_ ids: [String]) -> Label {
                let labels = ids.map { context.codebook.activity($0)?.label ?? Label(da: $0, en: $0) }
                return Label(da: labels.map(\.da).joined(separator: ", "), en: labels.map(\.en).joined(separator: ", "))
            }
            switch (parts.count, parts.count > 1 ? parts[1] : "") {
            case (3, "knowledge-activities"):
                let table = parts[2] == "activities-employment" ? employment : results
                let activities = rules.atStrongestLevel(table)
                ruleValue = activities.count
                detail = Label(da: "reglen på publiceret \(parts[2]): \(names(activities).da)", en: "rule on published \(parts[2]): \(names(activities).en)")
            case (3, "mechanism-not-explained"):
                ruleValue = flags.contains(parts[2]) ? 1 : 0
                detail = Label(da: "reglen på de publicerede tabeller markerer: \(names(flags.sorted()).da)", en: "rule on published tables flags: \(names(flags.sorted()).en)")
            case (2, "reach-all-themes"):
                let themes = context.codebook.themes.entries.count
                let reach = published.figures.filter { $0.id.hasPrefix("reach.") && Int($0.value) == themes }.map { String($0.id.dropFirst(6)) }
                ruleValue = reach.count
                detail = Label(da: "publicerede rækkeviddetal med \(themes) temaer: \(names(reach).da)", en: "published reach figures at \(themes) themes: \(names(reach).en)")
            default:
                continue
            }
            guard let ruleValue else { continue }
            checks.append(.init(id: figure.id, label: Label(da: figure.label.da + ": reglen på de publicerede tabeller", en: figure.label.en + ": the rule on the published tables"),
                                outcome: PublishedConsistency.outcome(Double(ruleValue) == figure.value),
                                detail: Label(da: "\(detail.da) → \(ruleValue); rapporten: \(Format.number(figure.value, .da))",
                                              en: "\(detail.en) → \(ruleValue); the report: \(Format.number(figure.value, .en))"),
                                citation: figure.citation))
        }
        return checks
    }
}
