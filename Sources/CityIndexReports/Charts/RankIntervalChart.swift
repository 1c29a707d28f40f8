/// Rank intervals: per city a bar from its 5th to its 95th percentile rank, the median as a
/// dot and the nominal rank as a tick; rank 1 on the left.
struct RankIntervalChart {
  static let width = 640.0
  static let labelWidth = 170.0
  static let right = 16.0
  static let rowHeight = 14.0
  static let top = 22.0

  var labels: [String]
  /// `(rank, p05, median, p95)` per row.
  var intervals: [(rank: Int, p05: Int, median: Int, p95: Int)]
  var cityCount: Int

  var height: Double { Self.top + Double(intervals.count) * Self.rowHeight + 6 }

  /// The x of a rank: rank 1 at the left edge of the plot, the last rank at the right.
  func x(_ rank: Int) -> Double {
    let plot = Self.width - Self.labelWidth - Self.right
    return Self.labelWidth + (cityCount > 1 ? Double(rank - 1) / Double(cityCount - 1) * plot : 0)
  }

  func render(id: String, title: String, description: String) -> Node {
    var nodes: [Node] = []
    for rank in axisRanks {
      nodes.append(SVG.line(x1: x(rank), y1: Self.top - 4, x2: x(rank), y2: height - 4, stroke: "#e3e3e3"))
      nodes.append(SVG.text("\(rank)", x: x(rank), y: 12, anchor: "middle", fill: Palette.grey))
    }
    for (i, interval) in intervals.enumerated() {
      let y = Self.top + Double(i) * Self.rowHeight
      let middle = y + Self.rowHeight / 2
      nodes.append(SVG.text(SVG.clip(labels[i], 26), x: Self.labelWidth - 6, y: middle + 4, anchor: "end"))
      nodes.append(
        SVG.rect(
          x: x(interval.p05) - 2, y: middle - 3, width: x(interval.p95) - x(interval.p05) + 4, height: 6,
          fill: "#9ecae1", title: "\(labels[i]): \(interval.p05)–\(interval.p95)"))
      nodes.append(.element("circle", [("cx", SVG.n(x(interval.median))), ("cy", SVG.n(middle)), ("r", "3.5"), ("fill", Palette.blue)], []))
      nodes.append(SVG.line(x1: x(interval.rank), y1: middle - 6, x2: x(interval.rank), y2: middle + 6, stroke: Palette.vermillion, width: 2))
    }
    return SVG.chart(id: id, width: Self.width, height: height, title: title, description: description, nodes)
  }

  var axisRanks: [Int] {
    let step = max(1, Int((Double(cityCount) / 8).rounded(.up)))
    var ranks = Array(stride(from: 1, through: cityCount, by: step))
    if ranks.last != cityCount { ranks.append(cityCount) }
    return ranks
  }
}
