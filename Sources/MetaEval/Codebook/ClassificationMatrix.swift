/// The classification matrix of figure 9: documentation level × implementability level →
/// knowledge level. Held in `codebook/matrix.json` and replaceable there.
public struct ClassificationMatrix: Sendable, Equatable {
    /// Knowledge level by documentation id, then implementability id.
    public var cells: [String: [String: String]]

    public init(cells: [String: [String: String]]) { self.cells = cells }

    public func knowledgeLevel(documentation: String, implementability: String) -> String? {
        cells[documentation]?[implementability]
    }
}
