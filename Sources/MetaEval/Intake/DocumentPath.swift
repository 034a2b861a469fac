import Foundation

/// Checks that a document path named in a record stays inside the corpus folder.
public enum DocumentPath {
    /// The path with every link and `.` resolved (`realpath`), or nil when nothing is there.
    /// Foundation's `resolvingSymlinksInPath` does the same at many times the cost, which
    /// shows at 10,000 documents.
    public static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Why the path is unsafe, or nil when it is a plain relative path inside the corpus. One
    /// pass over the bytes, as it is asked for every document of every record several times.
    public static func problem(_ path: String) -> String? {
        let bytes = path.utf8
        guard let first = bytes.first else { return "empty document path" }
        var hasColon = false, leaves = false, hasControl = false
        var segmentLength = 0, segmentDots = 0
        for byte in bytes {
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") {
                leaves = leaves || (segmentLength == 2 && segmentDots == 2)
                segmentLength = 0
                segmentDots = 0
                continue
            }
            segmentLength += 1
            if byte == UInt8(ascii: ".") { segmentDots += 1 }
            if byte == UInt8(ascii: ":") { hasColon = true }
            if byte < 0x20 { hasControl = true }
        }
        leaves = leaves || (segmentLength == 2 && segmentDots == 2)
        if first == UInt8(ascii: "/") || first == UInt8(ascii: "~") || first == UInt8(ascii: "\\") || (hasColon && isDriveLetter(path)) {
            return "document path \"\(path)\" is absolute; expected a path relative to the corpus folder"
        }
        if leaves {
            return "document path \"\(path)\" leaves the corpus folder; expected a path inside it"
        }
        if hasControl {
            return "document path contains a control character"
        }
        return nil
    }

    /// "C:…": a second character that is a colon, as a Windows path starts.
    private static func isDriveLetter(_ path: String) -> Bool {
        var characters = path.makeIterator()
        _ = characters.next()
        return characters.next() == ":"
    }
}
