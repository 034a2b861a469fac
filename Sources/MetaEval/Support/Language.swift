/// The language reports are labelled in: Danish by default, English on request.
public enum Language: String, Sendable, CaseIterable {
    case da, en
}

/// A text in Danish and English, as the codebook holds every label and definition.
public struct Label: Sendable, Equatable, Hashable {
    public var da: String
    public var en: String

    public init(da: String, en: String) {
        self.da = da
        self.en = en
    }

    public func text(_ language: Language) -> String {
        language == .da ? da : en
    }
}
