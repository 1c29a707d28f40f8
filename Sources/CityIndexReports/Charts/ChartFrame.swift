/// A chart made to travel: the chart's file (`charts/<name>.svg`) with its title, the index and
/// year, the source line and every credit its data needs drawn inside the image, so that a
/// chart copied into an article keeps them. The chart itself is nested unchanged, scaled to the
/// frame's width.
struct ChartFrame {
  var title: String
  /// Under the title: `Open Smart City Index 2021`.
  var subtitle: String
  /// Under the chart, each wrapped to the width: the source line, then the credit lines.
  var footer: [String]

  static let minimumWidth = 400.0
  static let maximumWidth = 640.0
  static let margin = 12.0
  static let titleSize = 15.0
  static let footSize = 9.5
  /// Lines of text this far apart, in font sizes.
  static let leading = 1.35

  /// The frame around `chart` (an `<svg>` made by ``SVG/chart(id:width:height:title:description:_:)``).
  func render(_ chart: Node) -> Node {
    guard case .element("svg", let attributes, let children) = chart else { return chart }
    let box = attributes.first { $0.0 == "viewBox" }?.1.split(separator: " ").compactMap { Double($0) } ?? []
    let (chartWidth, chartHeight) = box.count == 4 ? (box[2], box[3]) : (Self.maximumWidth, Self.maximumWidth / 2)
    let width = min(max(chartWidth, Self.minimumWidth), Self.maximumWidth)
    let scaled = chartHeight * width / chartWidth
    let titleY = Self.margin + Self.titleSize
    let subtitleY = titleY + 16
    let chartY = subtitleY + 10
    let lines = footer.flatMap { Self.wrap($0, width: width - 2 * Self.margin, size: Self.footSize) }
    let footY = chartY + scaled + 8
    let height = footY + Double(lines.count) * Self.footSize * Self.leading + Self.margin
    // The chart's own <title> and <desc> stay the image's text alternative.
    let own = children.filter { if case .element(let name, _, _) = $0 { name == "title" || name == "desc" } else { false } }
    let drawn = children.filter { !own.contains($0) }
    var nodes: [Node] = own
    nodes.append(.element("rect", [("width", SVG.n(width)), ("height", SVG.n(height)), ("fill", "#fff")], []))
    nodes.append(SVG.text(title, x: Self.margin, y: titleY, size: Self.titleSize, weight: "700"))
    nodes.append(SVG.text(subtitle, x: Self.margin, y: subtitleY, fill: "#555"))
    nodes.append(
      .element(
        "svg",
        [("x", "0"), ("y", SVG.n(chartY)), ("width", SVG.n(width)), ("height", SVG.n(scaled))]
          + attributes.filter { $0.0 == "viewBox" }, drawn))
    for (i, line) in lines.enumerated() {
      nodes.append(SVG.text(line, x: Self.margin, y: footY + Double(i + 1) * Self.footSize * Self.leading, fill: "#555", size: Self.footSize))
    }
    let kept = attributes.filter { ["xmlns", "id", "role", "aria-labelledby", "font-family", "font-size"].contains($0.0) }
    return .element("svg", kept + [("viewBox", "0 0 \(SVG.n(width)) \(SVG.n(height))"), ("width", SVG.n(width)), ("height", SVG.n(height))], nodes)
  }

  /// `text` in lines that fit `width` at font size `size` (an average glyph is taken as 0.55 em
  /// wide; a word longer than a line stands alone).
  static func wrap(_ text: String, width: Double, size: Double) -> [String] {
    TextTable.wrap(text, width: max(10, Int(width / (size * 0.55))))
  }
}
