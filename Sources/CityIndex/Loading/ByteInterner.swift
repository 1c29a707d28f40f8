/// Maps short byte strings (city names, indicator ids as they stand in a file) to small
/// integers without making a `String` per lookup: an open-addressing hash table over one byte
/// arena. A million rows naming the same 81 cities cost a million hashes and compares, not a
/// million strings.
///
///     var table = ByteInterner()
///     table.insert(bytesOf("Bonn"), value: 3)
///     table.value(for: bytesOf("Bonn"))   // 3
struct ByteInterner {
  private var arena = RawBuffer<UInt8>(capacity: 1024)
  /// Per slot: start in the arena, length, value; `length == -1` marks an empty slot.
  private var starts: [Int]
  private var lengths: [Int]
  private var values: [Int]
  private var hashes: [UInt64]
  private(set) var count = 0
  /// The slot found last: rows often name the same city many times in a row.
  private var lastHit = -1

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    starts = Array(repeating: 0, count: size)
    lengths = Array(repeating: -1, count: size)
    values = Array(repeating: 0, count: size)
    hashes = Array(repeating: 0, count: size)
  }

  /// FNV-1a, 64 bits.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      h ^= UInt64(byte)
      h = h &* 0x100_0000_01b3
    }
    return h
  }

  /// The value stored for `bytes`, or `nil`.
  mutating func value(for bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    if lastHit >= 0 && lengths[lastHit] == bytes.count && matches(lastHit, bytes) { return values[lastHit] }
    let h = Self.hash(bytes)
    let mask = lengths.count - 1
    var slot = Int(truncatingIfNeeded: h) & mask
    while lengths[slot] >= 0 {
      if hashes[slot] == h && lengths[slot] == bytes.count && matches(slot, bytes) {
        lastHit = slot
        return values[slot]
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// The value stored for `bytes`, or `nil`, without touching the last-hit cache: safe to call
  /// from several threads once the table is no longer changed.
  func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let h = Self.hash(bytes)
    let mask = lengths.count - 1
    var slot = Int(truncatingIfNeeded: h) & mask
    while lengths[slot] >= 0 {
      if hashes[slot] == h && lengths[slot] == bytes.count && matches(slot, bytes) { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Stores `value` for `bytes` (which must not be present yet).
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, value: Int) {
    if (count + 1) * 2 > lengths.count { grow() }
    let h = Self.hash(bytes)
    let mask = lengths.count - 1
    var slot = Int(truncatingIfNeeded: h) & mask
    while lengths[slot] >= 0 { slot = (slot + 1) & mask }
    starts[slot] = arena.count
    lengths[slot] = bytes.count
    values[slot] = value
    hashes[slot] = h
    arena.append(contentsOf: UnsafeRawBufferPointer(bytes))
    count += 1
  }

  private func matches(_ slot: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let stored = arena.base + starts[slot]
    for i in 0..<bytes.count where stored[i] != bytes[i] { return false }
    return true
  }

  private mutating func grow() {
    let (oldStarts, oldLengths, oldValues, oldArena) = (starts, lengths, values, arena)
    let size = lengths.count * 2
    starts = Array(repeating: 0, count: size)
    lengths = Array(repeating: -1, count: size)
    values = Array(repeating: 0, count: size)
    hashes = Array(repeating: 0, count: size)
    arena = RawBuffer<UInt8>(capacity: oldArena.count * 2)
    count = 0
    lastHit = -1
    for slot in oldLengths.indices where oldLengths[slot] >= 0 {
      insert(UnsafeBufferPointer(start: oldArena.base + oldStarts[slot], count: oldLengths[slot]), value: oldValues[slot])
    }
    oldArena.free()
  }

  /// Frees the byte arena; the interner must not be used afterwards.
  func free() { arena.free() }
}
