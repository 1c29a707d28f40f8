/// Rows of a hierarchy written in depth-first order (each node followed by its descendants, one
/// level deeper), reordered so that siblings come largest effect first while every node keeps its
/// descendants right after it: what moved a city most reads first, at every level.
///
///     // a (2), x (3, +1), y (3, −4), b (2, +0.5)  →  a, y, x, b   (|−4| before |+1|; a before b: 3 > 0.5)
///
/// An effect of `NaN` (no contribution) sorts last among its siblings; ties keep their order.
enum HierarchyOrder {
  /// - Parameters:
  ///   - rows: the rows below the top one (its children at `topDepth + 1` and their descendants).
  ///   - depth: a row's depth; `contribution`: its effect (sorted by magnitude).
  static func byEffect<Row>(
    _ rows: [Row], topDepth: Int = 0, depth: (Row) -> Int, contribution: (Row) -> Double
  ) -> [Row] {
    // The children of the row at `position`: the following rows one level deeper, up to the
    // next row at its own depth or above.
    func children(of position: Int?, depth level: Int) -> [Int] {
      var result: [Int] = []
      var i = (position ?? -1) + 1
      while i < rows.count, depth(rows[i]) > level {
        if depth(rows[i]) == level + 1 { result.append(i) }
        i += 1
      }
      return result
    }
    func effect(_ row: Row) -> Double {
      let value = contribution(row)
      return value.isNaN ? -1 : abs(value)
    }
    func ordered(_ positions: [Int]) -> [Row] {
      positions.sorted { a, b in
        let (ea, eb) = (effect(rows[a]), effect(rows[b]))
        return ea != eb ? ea > eb : a < b
      }.flatMap { [rows[$0]] + ordered(children(of: $0, depth: depth(rows[$0]))) }
    }
    return ordered(children(of: nil, depth: topDepth))
  }
}
