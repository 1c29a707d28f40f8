import CityIndex
/// Cities (rows) × areas (columns), each cell coloured by its score on a viridis scale and
/// labelled with it.
struct Heatmap {
  static let width = 640.0
  static let labelWidth = 170.0
  static let rowHeight = 16.0
  static let headerHeight = 34.0

  var cities: [String]
  var areas: [String]
  /// `values[city][area]`, 0–100 (`NaN` missing).
  var values: [[Double]]
  var language: Language
  var missingLabel: String

  var cellWidth: Double { (Self.width - Self.labelWidth) / Double(max(areas.count, 1)) }
  var height: Double { Self.headerHeight + Double(cities.count) * Self.rowHeight + 4 }

  func render(id: String, title: String, description: String) -> Node {
    var nodes: [Node] = []
    for (column, area) in areas.enumerated() {
      let x = Self.labelWidth + (Double(column) + 0.5) * cellWidth
      let lines = wrap(area, width: Int(cellWidth / 6))
      for (i, line) in lines.prefix(2).enumerated() {
        nodes.append(SVG.text(line, x: x, y: 13 + Double(i) * 12, anchor: "middle", weight: "600"))
      }
    }
    for (row, city) in cities.enumerated() {
      let y = Self.headerHeight + Double(row) * Self.rowHeight
      nodes.append(SVG.text(SVG.clip(city, 26), x: Self.labelWidth - 6, y: y + 12, anchor: "end"))
      for column in areas.indices {
        let value = values[row][column]
        let t = value / 100
        let x = Self.labelWidth + Double(column) * cellWidth
        let label = value.isNaN ? missingLabel : language.number(value)
        nodes.append(
          SVG.rect(
            x: x + 0.5, y: y + 0.5, width: cellWidth - 1, height: Self.rowHeight - 1,
            fill: value.isNaN ? "#dddddd" : Palette.sequential(t), title: "\(city), \(areas[column]): \(label)"))
        nodes.append(
          SVG.text(label, x: x + cellWidth / 2, y: y + 12, anchor: "middle", fill: value.isNaN ? "#222" : Palette.textOn(t), size: 10))
      }
    }
    return SVG.chart(id: id, width: Self.width, height: height, title: title, description: description, nodes)
  }

  /// Splits a header into lines of about `width` characters at spaces.
  func wrap(_ text: String, width: Int) -> [String] {
    TextTable.wrap(text, width: width).map { SVG.clip($0, max(width, 4)) }
  }
}
