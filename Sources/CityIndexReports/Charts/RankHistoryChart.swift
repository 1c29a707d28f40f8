/// Ranks over the years for a few cities, rank 1 at the top. A year that rests on fewer
/// indicators than the index (``partial``) is drawn hollow and dashed and says so under its year:
/// its ranks are not that year's ranking of the whole index.
struct RankHistoryChart {
  static let width = 640.0
  static let height = 300.0
  static let left = 36.0
  static let right = 150.0
  static let top = 16.0
  static let bottom = 28.0

  var years: [Int]
  var series: [(city: String, ranks: [Int?])]
  /// Per year, the indicators with data and the index's count, for the years that have fewer.
  var partial: [Int: (indicators: Int, of: Int)] = [:]

  var worstRank: Int { max(2, series.flatMap { $0.ranks.compactMap { $0 } }.max() ?? 2) }

  func x(_ index: Int) -> Double {
    let plot = Self.width - Self.left - Self.right
    return Self.left + (years.count > 1 ? Double(index) / Double(years.count - 1) * plot : plot / 2)
  }

  func y(_ rank: Int) -> Double {
    Self.top + Double(rank - 1) / Double(worstRank - 1) * (Self.height - Self.top - Self.bottom)
  }

  func render(id: String, title: String, description: String) -> Node {
    var nodes: [Node] = []
    for rank in axisRanks {
      nodes.append(SVG.line(x1: Self.left, y1: y(rank), x2: Self.width - Self.right, y2: y(rank), stroke: "#e3e3e3"))
      nodes.append(SVG.text("\(rank)", x: Self.left - 6, y: y(rank) + 4, anchor: "end", fill: Palette.grey))
    }
    for (i, year) in years.enumerated() {
      if let count = partial[year] {
        nodes.append(SVG.text("\(year)*", x: x(i), y: Self.height - 14, anchor: "middle", fill: Palette.grey))
        nodes.append(SVG.text("\(count.indicators)/\(count.of)", x: x(i), y: Self.height - 2, anchor: "middle", fill: Palette.grey))
      } else {
        nodes.append(SVG.text("\(year)", x: x(i), y: Self.height - 8, anchor: "middle", fill: Palette.grey))
      }
    }
    var labelYs: [Double] = []
    for (s, entry) in series.enumerated() {
      let colour = Palette.categorical[s % Palette.categorical.count]
      let dash = s >= Palette.categorical.count ? "5 3" : nil
      // One segment per pair of neighbouring years; dashed thin when either is partial.
      for i in entry.ranks.indices.dropLast() {
        guard let a = entry.ranks[i], let b = entry.ranks[i + 1] else { continue }
        let isPartial = partial[years[i]] != nil || partial[years[i + 1]] != nil
        var attributes = [
          ("x1", SVG.n(x(i))), ("y1", SVG.n(y(a))), ("x2", SVG.n(x(i + 1))), ("y2", SVG.n(y(b))), ("stroke", colour),
          ("stroke-width", isPartial ? "1" : "2"),
        ]
        if let dash = isPartial ? "2 3" : dash { attributes.append(("stroke-dasharray", dash)) }
        nodes.append(.element("line", attributes, []))
      }
      for (i, rank) in entry.ranks.enumerated() {
        guard let rank else { continue }
        let count = partial[years[i]]
        let note = count.map { " (\($0.indicators)/\($0.of))" } ?? ""
        nodes.append(
          .element(
            "circle",
            [("cx", SVG.n(x(i))), ("cy", SVG.n(y(rank))), ("r", "3"), ("fill", count == nil ? colour : "#fff"), ("stroke", colour)],
            [.element("title", [], [.text("\(entry.city), \(years[i])\(note): \(rank)")])]))
      }
      if let last = entry.ranks.lastIndex(where: { $0 != nil }), let rank = entry.ranks[last] {
        // Nudge labels apart so that neighbours stay readable.
        var labelY = y(rank) + 4
        while labelYs.contains(where: { abs($0 - labelY) < 11 }) { labelY += 11 }
        labelYs.append(labelY)
        nodes.append(SVG.text("\(rank). \(SVG.clip(entry.city, 20))", x: x(last) + 8, y: labelY, fill: colour))
      }
    }
    return SVG.chart(id: id, width: Self.width, height: Self.height, title: title, description: description, nodes)
  }

  /// Gridline ranks: 1 and about five more.
  var axisRanks: [Int] {
    let step = max(1, Int((Double(worstRank) / 5).rounded(.up)))
    var ranks = Array(stride(from: 1, through: worstRank, by: step))
    if ranks.last != worstRank { ranks.append(worstRank) }
    return ranks
  }
}
