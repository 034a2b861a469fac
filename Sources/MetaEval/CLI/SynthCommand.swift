import Foundation

/// `metaeval synth`: writes a repeatable synthetic archive (records, documents, the planted
/// statements and the lexicon) for benchmarks and recall checks.
public struct SynthCommand: Command {
    public let name = "synth"
    public let summary = "write a synthetic archive for benchmarks"
    public let help = """
        usage: metaeval synth --out DIR --projects N [--first K] [--megabytes M] [--seed S] [--codebook DIR]

        Writes DIR/corpus/<id>.json and DIR/corpus/documents/<id>.txt for N projects, with about
        M megabytes of Danish-like document text in all (default 50 kB per project), experience
        statements, negated distractors, periods and participant counts planted from the
        codebook's lexicon; DIR/planted.csv lists every planted link with its line, and
        DIR/lexicon.txt every lexicon phrase (for `grep -F -f`). The same seed gives the same
        bytes. --first K numbers the projects from K (default 1), to add projects to an archive.
        DIR must not exist or be empty.

        """

    public init() {}

    public func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let arguments = parse(arguments, valued: ["out", "projects", "first", "megabytes", "seed", "codebook"], console: console) else {
            return arguments.contains("--help") || arguments.contains("-h") ? .success : .usage
        }
        guard let out = arguments["out"], let projects = arguments["projects"].flatMap(Int.init), projects > 0, projects <= 10_000_000 else {
            console.err("metaeval synth: --out DIR and --projects N (1 to 10,000,000) are required\n")
            return .usage
        }
        let megabytes = arguments["megabytes"].flatMap(Double.init) ?? Double(projects) * 0.05
        guard megabytes > 0, megabytes <= 100_000 else {
            console.err("metaeval synth: --megabytes must be a positive number\n")
            return .usage
        }
        guard let first = Int(arguments["first"] ?? "1"), first >= 1, first <= 10_000_000 else {
            console.err("metaeval synth: --first must be a whole number from 1\n")
            return .usage
        }
        guard let seed = UInt64(arguments["seed"] ?? "1") else {
            console.err("metaeval synth: --seed must be a whole number\n")
            return .usage
        }
        let (codebook, diagnostics) = CodebookLoader(directory: URL(fileURLWithPath: arguments["codebook"] ?? Workspace.defaultCodebook)).load()
        console.report(diagnostics)
        guard let codebook, !diagnostics.hasErrors else { return .failure }
        let root = URL(fileURLWithPath: out)
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: root.path), !existing.isEmpty {
            console.err("metaeval synth: \(out) is not empty; choose a new folder\n")
            return .failure
        }
        let documents = root.appendingPathComponent("corpus/documents")
        do {
            try manager.createDirectory(at: documents, withIntermediateDirectories: true)
            let synthesizer = ArchiveSynthesizer(codebook: codebook, seed: seed, bytesPerDocument: Int(megabytes * 1_000_000) / projects)
            var planted = "project_id,line,from,to\r\n"
            var textBytes = 0
            for index in first..<(first + projects) {
                let project = synthesizer.project(index)
                try Data(RecordEncoder.encode(project.record).utf8).write(to: root.appendingPathComponent("corpus/\(project.record.id).json"))
                try Data(project.document.utf8).write(to: documents.appendingPathComponent("\(project.record.id).txt"))
                textBytes += project.document.utf8.count
                for link in project.planted {
                    planted += "\(project.record.id),\(link.line),\(link.link.from),\(link.link.to)\r\n"
                }
            }
            try Data(planted.utf8).write(to: root.appendingPathComponent("planted.csv"))
            try Data(ArchiveSynthesizer.lexicon(codebook).utf8).write(to: root.appendingPathComponent("lexicon.txt"))
            console.out("\(out): \(projects) projects, \(textBytes) bytes of document text\n")
            return .success
        } catch {
            console.err("metaeval synth: cannot write \(out): \(error.localizedDescription)\n")
            return .failure
        }
    }
}
