import Foundation

/// Number formatting for reports, independent of the machine's locale: thousands are not
/// grouped, Danish uses a decimal comma, English a point. CSV always uses a point.
public enum Format {
    /// `part / whole` as a percentage with one decimal, rounded half up, e.g. "47.7".
    public static func percent(_ part: Int, of whole: Int, _ language: Language? = nil) -> String {
        guard whole > 0 else { return "" }
        let tenths = (part * 1000 * 2 + whole) / (whole * 2)
        let text = "\(tenths / 10).\(tenths % 10)"
        return language == .da ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A published value: whole numbers without decimals, others with up to one.
    public static func number(_ value: Double, _ language: Language? = nil) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let text = "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
        return language == .da ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
