/// One coding decision: the value, who made it (a person's initials, or `machine`),
/// and the note or evidence it rests on.
public struct Code<Value: Sendable & Equatable>: Sendable, Equatable {
    public static var machineCoder: String { "machine" }

    public var value: Value
    public var coder: String
    public var note: String?
    public var evidence: [Evidence]

    public init(value: Value, coder: String, note: String? = nil, evidence: [Evidence] = []) {
        self.value = value
        self.coder = coder
        self.note = note
        self.evidence = evidence
    }

    public var isMachine: Bool { coder == Self.machineCoder }
}

/// A field coded by a machine, a person, or both side by side. The person's code wins;
/// a machine never replaces it. Neither present means "not coded".
public struct Coded<Value: Sendable & Equatable>: Sendable, Equatable {
    public var machine: Code<Value>?
    public var human: Code<Value>?

    public init(machine: Code<Value>? = nil, human: Code<Value>? = nil) {
        self.machine = machine
        self.human = human
    }

    public static var notCoded: Coded<Value> { Coded() }

    /// The code in force: the human one when there is one.
    public var decision: Code<Value>? { human ?? machine }
    public var value: Value? { decision?.value }
    public var isCoded: Bool { decision != nil }

    /// Stores a machine code, leaving any human code untouched.
    public func withMachineCode(_ code: Code<Value>?) -> Coded<Value> {
        Coded(machine: code, human: human)
    }
}
