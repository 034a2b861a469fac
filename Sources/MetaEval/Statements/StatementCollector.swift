/// Steps 5–6 (section 4.4): gathers the statements in force of every retained project — and of
/// every analysis carried on, as supporting links — (a person's statements, or the machine's
/// where no person coded any) and splits them into atomic links, each carrying its project's
/// knowledge level (nil for analyses). Link ids are
/// `<statement id>#<n>`, n counting the statement's links from 1.
public struct StatementCollector: Sendable {
    public let codebook: Codebook

    public init(codebook: Codebook) { self.codebook = codebook }

    public func links(of project: ProjectRecord, knowledgeLevel: String?) -> [EvidenceLink] {
        project.statementsInForce.flatMap { statement in
            statement.links.enumerated().compactMap { index, link -> EvidenceLink? in
                guard let kind = codebook.linkKind(link) else { return nil }
                return EvidenceLink(id: statement.id + "#" + String(index + 1), statementId: statement.id, projectId: project.id,
                                    link: link, kind: kind, knowledgeLevel: knowledgeLevel, coder: statement.coder,
                                    excerpt: statement.excerpt, source: statement.source, line: statement.line)
            }
        }
    }
}
