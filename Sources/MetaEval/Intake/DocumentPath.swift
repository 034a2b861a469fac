/// Checks that a document path named in a record stays inside the corpus folder.
public enum DocumentPath {
    /// Why the path is unsafe, or nil when it is a plain relative path inside the corpus.
    public static func problem(_ path: String) -> String? {
        if path.isEmpty { return "empty document path" }
        if path.hasPrefix("/") || path.hasPrefix("~") || path.hasPrefix("\\") || (path.count > 1 && Array(path)[1] == ":") {
            return "document path \"\(path)\" is absolute; expected a path relative to the corpus folder"
        }
        let parts = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if parts.contains("..") {
            return "document path \"\(path)\" leaves the corpus folder; expected a path inside it"
        }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            return "document path contains a control character"
        }
        return nil
    }
}
