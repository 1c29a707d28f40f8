/// A typed piece of HTML or SVG markup whose text and attribute values are escaped when
/// rendered, so that data can never become markup.
///
///     Node.element("p", ["class": "lead"], [.text("A < B")]).rendered
///     // <p class="lead">A &lt; B</p>
public indirect enum Node: Sendable, Equatable {
  /// An element; attributes render in the order given.
  case element(String, [(String, String)], [Node])
  /// Text, escaped.
  case text(String)
  /// Markup we wrote ourselves (the doctype, a style sheet); never data.
  case trusted(String)
  /// Several nodes in a row.
  case group([Node])

  public static func == (lhs: Node, rhs: Node) -> Bool { lhs.rendered == rhs.rendered }

  /// An element with attributes from a dictionary literal (rendered in literal order).
  public static func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [Node] = [])
    -> Node
  {
    .element(name, attributes.map { ($0.key, $0.value) }, children)
  }

  /// Elements that have no end tag in HTML.
  static let voidElements: Set<String> = ["br", "hr", "img", "meta", "link", "input", "col", "wbr"]

  public var rendered: String {
    var output = ""
    render(into: &output)
    return output
  }

  func render(into output: inout String) {
    switch self {
    case .text(let text): output += Escaping.html(text)
    case .trusted(let markup): output += markup
    case .group(let nodes): for node in nodes { node.render(into: &output) }
    case .element(let name, let attributes, let children):
      output += "<" + name
      for (key, value) in attributes { output += " \(key)=\"\(Escaping.html(value))\"" }
      if Self.voidElements.contains(name) {
        output += ">"
        return
      }
      // SVG elements without children close themselves; HTML ones get an end tag.
      if children.isEmpty && Self.svgLeaves.contains(name) {
        output += "/>"
        return
      }
      output += ">"
      for child in children { child.render(into: &output) }
      output += "</\(name)>"
    }
  }

  static let svgLeaves: Set<String> = ["rect", "line", "circle", "path", "polyline", "polygon", "stop"]
}

extension Node: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self = .text(value) }
}

/// Shorthands for the elements the reports use.
extension Node {
  static func el(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: Node...) -> Node {
    .element(name, attributes.map { ($0.key, $0.value) }, children)
  }

  static func el(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], children: [Node]) -> Node {
    .element(name, attributes.map { ($0.key, $0.value) }, children)
  }
}
