/// "Did you mean …?" for a name that matches nothing.
enum Suggestion {
  /// The candidate closest to `name` by edit distance (case-insensitive), if it is close
  /// enough to be a likely typo: at most 2 edits, and fewer than half the name's length.
  static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
    // A name this long is no typo of an id, and comparing it would cost its length squared.
    guard name.utf8.count <= 200 else { return nil }
    let target = Array(name.lowercased())
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      // Two names whose lengths differ by more than 2 are more than 2 edits apart: no need to
      // compare them (most candidates, when a long header or file is all unknown names).
      guard abs(candidate.count - target.count) <= 2 else { continue }
      let distance = editDistance(target, Array(candidate.lowercased()))
      if distance <= 2, distance * 2 < max(target.count, 2), distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// The candidate to suggest for `name`, as a list a ``Problem`` carries: one or none.
  static func names(for name: String, in candidates: some Sequence<String>) -> [String] {
    closest(to: name, in: candidates).map { [$0] } ?? []
  }

  /// Levenshtein distance.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
