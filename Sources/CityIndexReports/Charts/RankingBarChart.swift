import CityIndex
/// Horizontal bars, one per city, best first; bar length proportional to the score.
struct RankingBarChart {
  static let width = 640.0
  static let labelWidth = 170.0
  static let valueWidth = 46.0
  static let barHeight = 14.0
  static let gap = 4.0
  static let top = 6.0

  var labels: [String]
  var values: [Double]
  var language: Language

  /// The longest bar's score: 100, or more when a method scores above it (zscore).
  var scale: Double { max(100, values.filter { !$0.isNaN }.max() ?? 100) }
  var plotWidth: Double { Self.width - Self.labelWidth - Self.valueWidth }
  var height: Double { Self.top * 2 + Double(values.count) * (Self.barHeight + Self.gap) }

  /// Where bar `i` is drawn: `(x, y, width, height)`; width is `value / scale · plotWidth`.
  func bar(_ i: Int) -> (x: Double, y: Double, width: Double, height: Double) {
    let value = values[i].isNaN ? 0 : max(0, values[i])
    return (Self.labelWidth, Self.top + Double(i) * (Self.barHeight + Self.gap), value / scale * plotWidth, Self.barHeight)
  }

  func render(id: String, title: String, description: String) -> Node {
    var nodes: [Node] = []
    for i in values.indices {
      let b = bar(i)
      let middle = b.y + b.height / 2 + 4
      nodes.append(SVG.text(SVG.clip(labels[i], 26), x: Self.labelWidth - 6, y: middle, anchor: "end"))
      nodes.append(SVG.rect(x: b.x, y: b.y, width: b.width, height: b.height, fill: Palette.blue, title: "\(labels[i]): \(language.number(values[i]))"))
      nodes.append(SVG.text(language.number(values[i]), x: b.x + b.width + 4, y: middle))
    }
    return SVG.chart(id: id, width: Self.width, height: height, title: title, description: description, nodes)
  }
}
