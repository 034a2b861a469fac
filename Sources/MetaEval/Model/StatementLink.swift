/// One atomic link of an experience statement (step 6): from an activity type or result
/// category to a result category or effect, by codebook ids.
public struct StatementLink: Sendable, Equatable, Hashable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}

/// The four kinds of link the method allows (CONTRACT.md).
public enum LinkKind: String, Sendable, CaseIterable {
    case activityToCategory = "activity-category"
    case activityToEffect = "activity-effect"
    case categoryToEffect = "category-effect"
    case categoryToCategory = "category-category"
}
