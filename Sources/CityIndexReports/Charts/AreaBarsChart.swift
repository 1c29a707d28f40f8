/// A city's score per area as bars, with the median (a black tick) and the leader (an orange
/// diamond) of all ranked cities.
struct AreaBarsChart {
  static let width = 640.0
  static let labelWidth = 170.0
  static let valueWidth = 46.0
  static let rowHeight = 30.0
  static let top = 8.0
  static let legendHeight = 24.0

  var areas: [String]
  var scores: [Double]
  var medians: [Double]
  var leaders: [Double]
  var language: Language
  var legend: (city: String, median: String, leader: String)

  var plotWidth: Double { Self.width - Self.labelWidth - Self.valueWidth }
  var height: Double { Self.top + Double(areas.count) * Self.rowHeight + Self.legendHeight }

  func x(_ score: Double) -> Double { Self.labelWidth + max(0, min(score, 100)) / 100 * plotWidth }

  func render(id: String, title: String, description: String) -> Node {
    var nodes: [Node] = []
    for (i, area) in areas.enumerated() {
      let y = Self.top + Double(i) * Self.rowHeight
      nodes.append(SVG.text(SVG.clip(area, 26), x: Self.labelWidth - 6, y: y + 15, anchor: "end"))
      nodes.append(SVG.rect(x: Self.labelWidth, y: y + 4, width: plotWidth, height: 16, fill: "#eef2f6"))
      if !scores[i].isNaN {
        nodes.append(SVG.rect(x: Self.labelWidth, y: y + 4, width: x(scores[i]) - Self.labelWidth, height: 16, fill: Palette.blue))
      }
      nodes.append(SVG.text(language.number(scores[i]), x: Self.width - Self.valueWidth + 6, y: y + 16))
      if !medians[i].isNaN {
        nodes.append(SVG.line(x1: x(medians[i]), y1: y + 1, x2: x(medians[i]), y2: y + 23, stroke: "#000", width: 2))
      }
      if !leaders[i].isNaN {
        let (cx, cy) = (x(leaders[i]), y + 12)
        nodes.append(
          .element(
            "polygon",
            [("points", "\(SVG.n(cx)),\(SVG.n(cy - 6)) \(SVG.n(cx + 6)),\(SVG.n(cy)) \(SVG.n(cx)),\(SVG.n(cy + 6)) \(SVG.n(cx - 6)),\(SVG.n(cy))"),
             ("fill", Palette.orange), ("stroke", "#000"), ("stroke-width", "0.5")], []))
      }
    }
    let y = height - 8
    nodes.append(SVG.rect(x: Self.labelWidth, y: y - 9, width: 12, height: 10, fill: Palette.blue))
    nodes.append(SVG.text(legend.city, x: Self.labelWidth + 16, y: y))
    nodes.append(SVG.line(x1: Self.labelWidth + 150, y1: y - 10, x2: Self.labelWidth + 150, y2: y + 1, stroke: "#000", width: 2))
    nodes.append(SVG.text(legend.median, x: Self.labelWidth + 156, y: y))
    nodes.append(
      .element("polygon", [("points", "\(SVG.n(Self.labelWidth + 266)),\(SVG.n(y - 10)) \(SVG.n(Self.labelWidth + 271)),\(SVG.n(y - 5)) \(SVG.n(Self.labelWidth + 266)),\(SVG.n(y)) \(SVG.n(Self.labelWidth + 261)),\(SVG.n(y - 5))"), ("fill", Palette.orange)], []))
    nodes.append(SVG.text(legend.leader, x: Self.labelWidth + 276, y: y))
    return SVG.chart(id: id, width: Self.width, height: height, title: title, description: description, nodes)
  }
}
