/// A growable buffer behind a raw pointer, for the CSV parser's per-record state: reading it
/// costs no reference counting (an `Array` read through a pointer retains and releases its
/// storage every time). The owner frees it with ``free()``.
struct RawBuffer<Element> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
  }

  var isEmpty: Bool { count == 0 }

  subscript(index: Int) -> Element { base[index] }

  mutating func append(_ element: Element) {
    if count == capacity { grow(to: count + 1) }
    (base + count).initialize(to: element)
    count += 1
  }

  /// Forgets the elements (which must be trivial values), keeping the memory.
  mutating func removeAll() { count = 0 }

  /// Forgets the elements from `newCount` on.
  mutating func truncate(to newCount: Int) { count = min(count, newCount) }

  mutating func grow(to needed: Int) {
    var size = capacity
    while size < needed { size *= 2 }
    let bigger = UnsafeMutablePointer<Element>.allocate(capacity: size)
    bigger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity = size
  }

  func free() { base.deallocate() }
}

extension RawBuffer where Element == UInt8 {
  /// Appends `count` ≤ 16 bytes from `source` with one 16-byte load and store instead of a
  /// `memmove` call. `source` must have 16 readable bytes (see ``ParserState/wideFieldCopies``).
  mutating func appendShort(_ source: UnsafeRawPointer, count n: Int) {
    if count + 16 > capacity { grow(to: count + 16) }
    UnsafeMutableRawPointer(base + count).storeBytes(of: source.loadUnaligned(as: SIMD16<UInt8>.self), as: SIMD16<UInt8>.self)
    count += n
  }

  mutating func append(contentsOf bytes: UnsafeRawBufferPointer) {
    if count + bytes.count > capacity { grow(to: count + bytes.count) }
    if let source = bytes.baseAddress { UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count) }
    count += bytes.count
  }
}
