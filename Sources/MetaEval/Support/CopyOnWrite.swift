/// A value kept behind one shared reference and copied only when it is changed while shared
/// (copy on write), so a large struct that passes through every stage and report costs one
/// reference count per copy instead of one per field. `ProjectRecord` and `EvidenceLink` keep
/// their fields in one.
struct CopyOnWrite<Value> {
    private final class Box {
        /// Not checked for overlapping access at run time (a check on every read of every
        /// field of every record and link): the box is changed only while no other copy holds it.
        @exclusivity(unchecked) var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        get { box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}

extension CopyOnWrite: Equatable where Value: Equatable {
    static func == (left: CopyOnWrite, right: CopyOnWrite) -> Bool { left.box === right.box || left.box.value == right.box.value }
}

/// A box is only changed when no other copy holds it, so sharing it between threads is as safe
/// as sharing its value.
extension CopyOnWrite: @unchecked Sendable where Value: Sendable {}
