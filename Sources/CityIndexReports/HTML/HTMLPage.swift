import CityIndex
/// The frame of every HTML page: doctype, language, viewport, inline style, header and footer.
enum HTMLPage {
  static func render(
    language: Language, title: String, kicker: String, heading: String, simulated: Bool, strings: Strings,
    back: Node? = nil, body: [Node], footer: [Node], script: String? = nil
  ) -> String {
    var header: [Node] = []
    if let back { header.append(.el("nav", ["class": "back"], back)) }
    header.append(.el("p", ["class": "kicker"], .text(kicker)))
    header.append(.el("h1", [:], .text(heading)))
    if simulated { header.append(.el("p", ["class": "banner", "role": "note"], .text(strings.simulatedBanner))) }
    let document = Node.group([
      .trusted("<!DOCTYPE html>\n"),
      .el(
        "html", ["lang": language.rawValue],
        .el(
          "head", [:],
          .el("meta", ["charset": "utf-8"]),
          .el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
          .el("title", [:], .text(title)),
          .el("style", [:], .trusted(Stylesheet.css))),
        .el(
          "body", [:],
          .el("header", [:], children: header),
          .el("main", [:], children: body),
          .el("footer", [:], children: footer),
          .group(script.map { [.el("script", [:], .trusted($0))] } ?? []))),
    ])
    return document.rendered + "\n"
  }

  /// A table inside a horizontally scrolling wrapper, so that wide tables never break a phone layout.
  static func table(caption: String?, head: [Node], rows: [Node], id: String? = nil) -> Node {
    var children: [Node] = []
    if let caption { children.append(.el("caption", [:], .text(caption))) }
    children.append(.el("thead", [:], .el("tr", [:], children: head)))
    children.append(.el("tbody", [:], children: rows))
    return .el("div", ["class": "table-wrap"], .element("table", id.map { [("id", $0)] } ?? [], children))
  }

  /// A column header (`<th scope="col">`); `class: "num"` right-aligns a column of numbers.
  static func header(_ text: String, class name: String? = nil) -> Node {
    .el("th", name.map { ["class": $0, "scope": "col"] } ?? ["scope": "col"], .text(text))
  }
}
