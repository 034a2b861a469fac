/// `metaeval suggest --format md`: a document's machine coding as a review sheet the evaluator
/// reads top to bottom — a summary of every decision, then each decision with its evidence
/// sentences and their line numbers, the experience statements, and at the end what the
/// machine left undecided. Labels come from codebook/report-labels-coding.json.
public struct ReviewSheet: Sendable {
    public let codebook: Codebook
    public let language: Language

    public init(codebook: Codebook, language: Language) {
        self.codebook = codebook
        self.language = language
    }

    func t(_ key: String) -> String { codebook.text(key, language) }
    func label(_ id: String, in dimension: CodebookDimension) -> String { dimension[id]?.label.text(language) ?? id }
    func lines(_ evidence: [Evidence]) -> String { evidence.compactMap(\.line).map(String.init).joined(separator: ", ") }
    func quote(_ evidence: [Evidence]) -> String {
        evidence.map { "\(t("coding-line")) \($0.line.map(String.init) ?? "–"): “\($0.text)”" }.joined(separator: "<br>")
    }

    public func render(_ coding: DocumentCoding) -> String {
        var undecided: [String] = []
        var out = "# \(t("coding-sheet-title")): \(coding.title?.value ?? coding.source)\n\n"
        out += "_\(t("coding-source")): `\(coding.source)` · \(t("coding-sheet-note"))_\n\n"
        if !coding.warnings.isEmpty {
            out += "## \(t("coding-warnings"))\n\n"
            for warning in coding.warnings { out += "- \(t("coding-line")) \(warning.line.map(String.init) ?? "–"): \(warning.message)\n" }
            out += "\n"
        }

        var summary = Table(columns: [t("coding-decision"), t("coding-suggestion"), t("coding-evidence")])
        func note<V>(_ field: String, _ code: Code<V>?) -> String? {
            coding.notes[field]?.text(codebook, language) ?? code?.note
        }
        func row<V>(_ key: String, _ field: String, _ code: Code<V>?, _ show: (V) -> String) {
            guard let code else {
                summary.append([t(key), t("coding-undecided"), ""])
                undecided.append(t(key))
                return
            }
            summary.append([t(key), show(code.value) + (note(field, code).map { " (\($0))" } ?? ""), quote(Array(code.evidence.prefix(2)))])
        }
        row("coding-title", "title", coding.title) { $0 }
        row("coding-period", "period", coding.period) { "\($0.start)–\($0.end)" }
        row("coding-participants", "participants", coding.participants) { String($0) }
        row("coding-age-group", "ageGroup", coding.ageGroup) { id in codebook.descriptiveGroup("age-group")?.children.first { $0.id == id }?.label.text(language) ?? id }
        row("coding-disability-type", "disabilityType", coding.disabilityType) { id in codebook.descriptiveGroup("disability-type")?.children.first { $0.id == id }?.label.text(language) ?? id }
        let inclusionText = t("coding-inclusion-" + coding.inclusion.rawValue)
            + (coding.failingCriterion.map { ": " + label($0, in: codebook.criteria) } ?? "")
        summary.append([t("coding-inclusion"), inclusionText, quote(coding.documentKind?.evidence ?? [])])
        if coding.inclusion == .undecided { undecided.append(t("coding-inclusion")) }
        row("coding-importance", "importance", coding.importance) { label($0, in: codebook.importance) }
        row("coding-implementability", "implementability", coding.implementability) { label($0, in: codebook.implementability) }
        row("coding-documentation", "documentation", coding.documentation) { label($0, in: codebook.documentation) }
        summary.append([t("coding-knowledge-level"), coding.knowledgeLevel.map { label($0, in: codebook.knowledgeLevels) } ?? t("coding-undecided"), ""])
        out += "## \(t("coding-summary"))\n\n" + MarkdownTableWriter.render(summary) + "\n"

        out += "## \(t("coding-inclusion")) (\(t("coding-box-4")))\n\n"
        if let kind = coding.documentKind {
            out += "\(t("coding-document-kind")): **\(t("coding-kind-" + kind.value))** — \(quote(kind.evidence))\n\n"
        }
        var criteria = Table(columns: [t("coding-criterion"), t("coding-met"), t("coding-line"), t("coding-evidence"), t("coding-reason")])
        for criterion in coding.criteria {
            let met = criterion.met.map { t($0 ? "coding-yes" : "coding-no") } ?? t("coding-undecided")
            if criterion.met == nil { undecided.append(t("coding-criterion") + ": " + label(criterion.id, in: codebook.criteria)) }
            criteria.append([label(criterion.id, in: codebook.criteria), met, lines(criterion.evidence),
                             criterion.evidence.first.map { "“\($0.text)”" } ?? "", criterion.reason?.text(codebook, language) ?? ""])
        }
        out += MarkdownTableWriter.render(criteria) + "\n"

        out += "## \(t("coding-implementability")) (\(t("coding-box-5")))\n\n"
        var questions = Table(columns: [t("coding-question"), t("coding-answered"), t("coding-line"), t("coding-evidence")])
        for question in coding.questions {
            questions.append([label(question.id, in: codebook.workingQuestions), t(question.answered ? "coding-yes" : "coding-no"),
                              question.evidence?.line.map(String.init) ?? "", question.evidence.map { "“\($0.text)”" } ?? ""])
        }
        out += (note("implementability", coding.implementability).map { $0 + "\n\n" } ?? "") + MarkdownTableWriter.render(questions) + "\n"

        out += "## \(t("coding-documentation"))\n\n"
        if let documentation = coding.documentation {
            out += "**\(label(documentation.value, in: codebook.documentation))**" + (note("documentation", documentation).map { " — \($0)" } ?? "") + "\n\n"
            for evidence in documentation.evidence { out += "- \(t("coding-line")) \(evidence.line.map(String.init) ?? "–"): “\(evidence.text)”\n" }
            out += "\n"
        }

        out += "## \(t("coding-statements"))\n\n"
        if coding.statements.isEmpty {
            out += t("coding-no-statements") + "\n\n"
        } else {
            var table = Table(columns: [t("coding-line"), t("coding-from"), t("coding-to"), t("coding-sentence")])
            for statement in coding.statements {
                for link in statement.links {
                    table.append([String(statement.line), codebook.label(of: link.from, language), codebook.label(of: link.to, language), "“\(statement.text)”"])
                }
            }
            out += MarkdownTableWriter.render(table) + "\n"
        }
        if !coding.purpose.isEmpty {
            out += "## \(t("coding-purpose"))\n\n"
            for evidence in coding.purpose { out += "- \(t("coding-line")) \(evidence.line.map(String.init) ?? "–"): “\(evidence.text)”\n" }
            out += "\n"
        }
        out += "## \(t("coding-open"))\n\n"
        out += undecided.isEmpty ? t("coding-nothing-open") + "\n" : undecided.map { "- [ ] \($0)\n" }.joined()
        return out
    }
}
