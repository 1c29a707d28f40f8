import CityIndex
import Foundation

/// The frame every chart shares: an accessible `<svg>` with a title and a text alternative.
enum SVG {
  /// `<svg role="img" aria-labelledby="…">` with `<title>` and `<desc>`; scales to its container.
  static func chart(
    id: String, width: Double, height: Double, title: String, description: String, _ children: [Node]
  ) -> Node {
    .element(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"), ("id", id), ("viewBox", "0 0 \(n(width)) \(n(height))"),
        ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
        ("class", width <= 480 ? "chart compact" : "chart"),
        ("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"), ("font-size", "11"),
      ],
      [
        .element("title", [("id", "\(id)-title")], [.text(title)]),
        .element("desc", [("id", "\(id)-desc")], [.text(description)]),
      ] + children)
  }

  /// The text of a chart's `<title>`, or empty.
  static func title(of chart: Node) -> String {
    guard case .element(_, _, let children) = chart else { return "" }
    for case .element("title", _, let content) in children {
      return content.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
    }
    return ""
  }

  /// A coordinate with at most two decimals and no trailing zeros: `12`, `12.5`, `12.25`.
  static func n(_ value: Double) -> String { FixedPoint.trimmed(value, decimals: 2) }

  static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, title: String? = nil) -> Node {
    .element(
      "rect", [("x", n(x)), ("y", n(y)), ("width", n(max(0, width))), ("height", n(height)), ("fill", fill)],
      title.map { [.element("title", [], [.text($0)])] } ?? [])
  }

  static func text(
    _ content: String, x: Double, y: Double, anchor: String = "start", fill: String = "#222", size: Double? = nil,
    weight: String? = nil
  ) -> Node {
    var attributes = [("x", n(x)), ("y", n(y)), ("text-anchor", anchor), ("fill", fill)]
    if let size { attributes.append(("font-size", n(size))) }
    if let weight { attributes.append(("font-weight", weight)) }
    return .element("text", attributes, [.text(content)])
  }

  static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil)
    -> Node
  {
    var attributes = [("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)), ("stroke", stroke), ("stroke-width", n(width))]
    if let dash { attributes.append(("stroke-dasharray", dash)) }
    return .element("line", attributes, [])
  }

  /// Cuts a label to `limit` characters with an ellipsis (the full text stays in the table).
  static func clip(_ label: String, _ limit: Int) -> String {
    label.count <= limit ? label : String(label.prefix(limit - 1)) + "…"
  }
}
