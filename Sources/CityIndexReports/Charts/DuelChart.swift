import CityIndex
/// Two cities' scores per area, a pair of bars each (the first city blue, the second
/// vermillion, Okabe & Ito's pair that colour-blind readers tell apart), with the value at each
/// bar's end. Narrow, so that it reads on a phone.
struct DuelChart {
  static let width = 400.0
  static let left = 4.0
  static let valueWidth = 40.0
  static let rowHeight = 52.0
  static let barHeight = 13.0
  static let top = 4.0
  static let legendHeight = 22.0

  var areas: [String]
  var a: (city: String, scores: [Double])
  var b: (city: String, scores: [Double])
  var language: Language

  var plotWidth: Double { Self.width - Self.left - Self.valueWidth }
  var height: Double { Self.top + Double(areas.count) * Self.rowHeight + Self.legendHeight }

  /// The length of a bar for a score of 0–100.
  func length(_ score: Double) -> Double { score.isNaN ? 0 : max(0, min(score, 100)) / 100 * plotWidth }

  func render(id: String, title: String, description: String) -> Node {
    var nodes: [Node] = []
    for (i, area) in areas.enumerated() {
      let y = Self.top + Double(i) * Self.rowHeight
      nodes.append(SVG.text(SVG.clip(area, 60), x: Self.left, y: y + 12, weight: "600"))
      for (j, side) in [(a, Palette.blue), (b, Palette.vermillion)].enumerated() {
        let barY = y + 17 + Double(j) * (Self.barHeight + 2)
        let score = side.0.scores[i]
        nodes.append(
          SVG.rect(
            x: Self.left, y: barY, width: length(score), height: Self.barHeight, fill: side.1,
            title: "\(side.0.city), \(area): \(language.number(score))"))
        nodes.append(SVG.text(language.number(score), x: Self.width - 2, y: barY + 11, anchor: "end"))
      }
    }
    let y = height - 6
    nodes.append(SVG.rect(x: Self.left, y: y - 9, width: 12, height: 10, fill: Palette.blue))
    nodes.append(SVG.text(SVG.clip(a.city, 28), x: Self.left + 16, y: y))
    nodes.append(SVG.rect(x: Self.left + 190, y: y - 9, width: 12, height: 10, fill: Palette.vermillion))
    nodes.append(SVG.text(SVG.clip(b.city, 28), x: Self.left + 206, y: y))
    return SVG.chart(id: id, width: Self.width, height: height, title: title, description: description, nodes)
  }
}

extension DuelChart {
  /// A duel's area chart.
  static func render(_ page: DuelPage, id: String = "chart-duel") -> Node {
    let s = Strings(language: page.language)
    let d = page.duel
    let chart = DuelChart(
      areas: d.areas.map(\.name), a: (d.a.city, d.areas.map(\.scoreA)), b: (d.b.city, d.areas.map(\.scoreB)), language: page.language)
    return chart.render(id: id, title: s.duelChartTitle(d), description: s.duelChartDescription(d))
  }

  /// Both cities' ranks over the report's years.
  static func history(_ page: DuelPage, id: String = "chart-duel-history") -> Node? {
    guard page.history.years.count > 1 else { return nil }
    let s = Strings(language: page.language)
    let chart = RankHistoryChart(
      years: page.history.years, series: [(page.duel.a.city, page.history.a), (page.duel.b.city, page.history.b)])
    return chart.render(id: id, title: s.duelHistoryTitle(page.duel), description: s.duelHistoryDescription(page.duel))
  }
}
