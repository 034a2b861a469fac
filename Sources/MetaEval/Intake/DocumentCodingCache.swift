import Foundation

/// A folder of document codings, one file per document, under a key of the document's content
/// (a `ContentDigest` of its corpus path and bytes) inside a folder named by the coder's key (the codebook's
/// files, the edition's period and the build of the tool), so a changed document, codebook or
/// tool is coded afresh and an unchanged one is read back. An index of each path's size and
/// modification time lets a run find an unchanged document's content key without reading it.
/// The cache is an optimisation only: an entry that cannot be read is coded again, and a
/// failure to write is ignored.
public struct DocumentCodingCache: Sendable {
    public static let defaultFolder = ".build-cache/metaeval"

    public let folder: URL
    public let coderKey: String

    /// The path of the entries folder, built once: entry paths are this plus a file name.
    let entriesPath: String

    public init(folder: URL, coderKey: String) {
        self.folder = folder
        self.coderKey = coderKey
        entriesPath = folder.appendingPathComponent(coderKey).path
    }

    /// The key of the coder: every codebook file's name and bytes, the edition's period, and the
    /// size and modification time of the running executable (a rebuilt tool codes afresh).
    public static func coderKey(codebook directory: URL, edition: Period) -> String {
        var bytes: [UInt8] = Array("\(edition.start)-\(edition.end)\n".utf8)
        let manager = FileManager.default
        let names = ((try? manager.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        for name in names {
            bytes += Array("\(name)\n".utf8)
            bytes += [UInt8](manager.contents(atPath: directory.appendingPathComponent(name).path) ?? Data())
        }
        bytes += Array(executableStamp.utf8)
        return Fingerprint.hex(of: bytes)
    }

    static let executableStamp: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return path }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified)"
    }()

    static let entryExtension = ".coding"

    var entries: URL { folder.appendingPathComponent(coderKey) }
    var indexURL: URL { folder.appendingPathComponent("index.tsv") }

    public func load(contentKey: String) -> DocumentCoding? {
        guard case .success(let bytes) = FileContents.read(entriesPath + "/" + contentKey + Self.entryExtension) else { return nil }
        return DocumentCodingCodec.decode(bytes)
    }

    public func store(_ coding: DocumentCoding, contentKey: String) {
        let data = DocumentCodingCodec.encode(coding)
        let url = entries.appendingPathComponent(contentKey + Self.entryExtension)
        if Self.writeAtomically(data, to: url) { return }
        try? FileManager.default.createDirectory(at: entries, withIntermediateDirectories: true)
        Self.writeAtomically(data, to: url)
    }

    /// A file's identity as the index records it.
    public struct Stamp: Sendable, Equatable {
        public var size: Int64
        public var modified: Int64

        /// The size and modification time (to the microsecond) `stat` gives, or nil when
        /// there is nothing at the path.
        public static func of(path: String) -> Stamp? {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            return Stamp(size: Int64(status.st_size), modified: Int64(status.st_mtim.tv_sec) * 1_000_000 + Int64(status.st_mtim.tv_nsec) / 1_000)
        }
    }

    /// Path → (stamp, content key) from the last runs.
    public func loadIndex() -> [String: (Stamp, String)] {
        guard case .success(let bytes) = FileContents.read(indexURL.path) else { return [:] }
        var index: [String: (Stamp, String)] = [:]
        index.reserveCapacity(bytes.count / 80)
        bytes.withUnsafeBufferPointer { all in
            for line in all.split(separator: UInt8(ascii: "\n")) {
                let fields = line.split(separator: UInt8(ascii: "\t"), maxSplits: 4, omittingEmptySubsequences: false)
                guard fields.count == 4, let size = Self.integer(fields[1]), let modified = Self.integer(fields[2]),
                      let path = String.validUTF8(UnsafeBufferPointer(rebasing: fields[0])),
                      let key = String.validUTF8(UnsafeBufferPointer(rebasing: fields[3])) else { continue }
                index[path] = (Stamp(size: size, modified: modified), key)
            }
        }
        return index
    }

    /// A decimal number of the index, or nil.
    static func integer<Digits: Collection<UInt8>>(_ digits: Digits) -> Int64? {
        var value: Int64 = 0
        var negative = false
        for (offset, byte) in digits.enumerated() {
            if offset == 0, byte == UInt8(ascii: "-"), digits.count > 1 { negative = true; continue }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            if overflow || overflow2 { return nil }
            value = sum
        }
        return digits.isEmpty ? nil : (negative ? -value : value)
    }

    public func saveIndex(_ index: [String: (Stamp, String)]) {
        var text = ""
        for (path, (stamp, key)) in index.sorted(by: { $0.key < $1.key }) where !path.contains("\t") && !path.contains("\n") {
            text += "\(path)\t\(stamp.size)\t\(stamp.modified)\t\(key)\n"
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        Self.writeAtomically(Array(text.utf8), to: indexURL)
    }

    /// Writes through a temporary file and a rename; false when it could not.
    @discardableResult
    static func writeAtomically(_ data: [UInt8], to url: URL) -> Bool {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileContents.write(data, to: temporary.path), rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            return false
        }
        return true
    }
}
