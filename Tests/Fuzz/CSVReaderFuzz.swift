// libFuzzer target: arbitrary bytes through the CSV reader and, when a table comes out, the
// spreadsheet importer for a channel. Any crash, hang or sanitizer report is a bug;
// diagnostics are fine.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (document, diagnostics) = CSVReader(file: "fuzz.csv").read(bytes)
    for diagnostic in diagnostics { _ = diagnostic.description }
    if let document {
        precondition(document.rows.allSatisfy { $0.fields.count == document.header.fields.count })
        let (drafts, _) = SpreadsheetImporter(channel: "key-persons", file: "fuzz.csv").drafts(document)
        var ids = RecordIdAllocator(existing: [])
        for var draft in drafts {
            draft.record.id = draft.id ?? ids.allocate()
            _ = RecordEncoder.encode(draft.record)
        }
    }
    return 0
}
