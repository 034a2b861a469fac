/// Step 4 (section 4.3, figure 9): places a project in the classification matrix from its
/// documentation and implementability codes and returns its knowledge level, or nil
/// ("not coded") when either code is missing.
public struct QualityCoder: Sendable {
    public let matrix: ClassificationMatrix

    public init(codebook: Codebook) { self.matrix = codebook.matrix }

    public func knowledgeLevel(of record: ProjectRecord) -> String? {
        guard let documentation = record.documentation.value, let implementability = record.implementability.value else { return nil }
        return matrix.knowledgeLevel(documentation: documentation, implementability: implementability)
    }
}
