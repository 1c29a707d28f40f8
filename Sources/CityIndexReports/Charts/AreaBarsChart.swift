import CityIndex
/// A city's score per area as bars, with the median (a black tick) and the leader (an orange
/// diamond) of all ranked cities. Narrow on purpose (labels above the bars), so that it reads
/// on a phone without scrolling.
struct AreaBarsChart {
  static let width = 400.0
  static let left = 4.0
  static let valueWidth = 40.0
  static let rowHeight = 40.0
  static let top = 4.0
  static let legendHeight = 22.0

  var areas: [String]
  var scores: [Double]
  var medians: [Double]
  var leaders: [Double]
  var language: Language
  var legend: (city: String, median: String, leader: String)

  var plotWidth: Double { Self.width - Self.left - Self.valueWidth }
  var height: Double { Self.top + Double(areas.count) * Self.rowHeight + Self.legendHeight }

  /// Where a score of 0–100 falls on the bar.
  func x(_ score: Double) -> Double { Self.left + max(0, min(score, 100)) / 100 * plotWidth }

  func render(id: String, title: String, description: String) -> Node {
    var nodes: [Node] = []
    for (i, area) in areas.enumerated() {
      let y = Self.top + Double(i) * Self.rowHeight
      nodes.append(SVG.text(SVG.clip(area, 60), x: Self.left, y: y + 12, weight: "600"))
      nodes.append(SVG.rect(x: Self.left, y: y + 17, width: plotWidth, height: 14, fill: "#eef2f6"))
      if !scores[i].isNaN {
        nodes.append(SVG.rect(x: Self.left, y: y + 17, width: x(scores[i]) - Self.left, height: 14, fill: Palette.blue))
      }
      nodes.append(SVG.text(language.number(scores[i]), x: Self.width - 2, y: y + 28, anchor: "end", weight: "600"))
      if !medians[i].isNaN {
        nodes.append(SVG.line(x1: x(medians[i]), y1: y + 14, x2: x(medians[i]), y2: y + 34, stroke: "#000", width: 2))
      }
      if !leaders[i].isNaN { nodes.append(diamond(x: x(leaders[i]), y: y + 24)) }
    }
    let y = height - 6
    nodes.append(SVG.rect(x: Self.left, y: y - 9, width: 12, height: 10, fill: Palette.blue))
    nodes.append(SVG.text(SVG.clip(legend.city, 24), x: Self.left + 16, y: y))
    nodes.append(SVG.line(x1: Self.left + 170, y1: y - 10, x2: Self.left + 170, y2: y + 1, stroke: "#000", width: 2))
    nodes.append(SVG.text(legend.median, x: Self.left + 176, y: y))
    nodes.append(diamond(x: Self.left + 262, y: y - 4))
    nodes.append(SVG.text(legend.leader, x: Self.left + 272, y: y))
    return SVG.chart(id: id, width: Self.width, height: height, title: title, description: description, nodes)
  }

  private func diamond(x: Double, y: Double) -> Node {
    let points = [(x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)].map { "\(SVG.n($0.0)),\(SVG.n($0.1))" }
    return .element("polygon", [("points", points.joined(separator: " ")), ("fill", Palette.orange), ("stroke", "#000"), ("stroke-width", "0.5")], [])
  }
}

extension AreaBarsChart {
  /// A profile's area chart: the same on the HTML page and in the SVG file the Markdown links.
  static func render(_ p: CityProfile) -> Node {
    let s = Strings(language: p.language)
    let chart = AreaBarsChart(
      areas: p.areaLines.map(\.name), scores: p.areaLines.map(\.score), medians: p.areaLines.map(\.median),
      leaders: p.areaLines.map(\.leaderScore), language: p.language, legend: (p.city, s.median, s.leader))
    return chart.render(id: "chart-areas", title: "\(p.city): \(s.areaBars)", description: s.chartDescriptionAreas(p.city))
  }
}
