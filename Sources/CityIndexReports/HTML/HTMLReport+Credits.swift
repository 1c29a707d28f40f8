import CityIndex

extension HTMLReport {
  /// Every credit line the page's data asks for, each with its licence and what it covers, then
  /// the map outlines' where the page draws a map.
  static func credits(_ credits: [DataNotes.Credit], map: Bool, _ s: Strings) -> Node {
    var items: [Node] = credits.map { credit in
      let covers = credit.covers.isEmpty ? s.namesAndCoordinates : credit.covers.joined(separator: ", ")
      return .el(
        "li", [:], .el("b", [:], .text(credit.attribution)),
        .text((credit.licence.isEmpty ? "" : " — \(credit.licence)") + " (\(covers))"))
    }
    if map {
      items.append(
        .el(
          "li", [:], .el("b", [:], .el("a", ["href": "https://www.bkg.bund.de"], .text(s.mapCredit))), .text(" — "),
          .el("a", ["href": "https://www.govdata.de/dl-de/by-2-0"], .text(s.mapLicence)), .text(" (\(s.mapOutlines))")))
    }
    return .el("ul", ["class": "credits"], children: items)
  }

  /// An address as people read it: `github.com/OParl/resources` for `https://github.com/OParl/resources`.
  static func displayAddress(_ url: String) -> String {
    var text = url
    for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
    if text.hasPrefix("www.") { text.removeFirst(4) }
    return text.hasSuffix("/") ? String(text.dropLast()) : text
  }

  /// After a chart's data link: the chart as SVG, and as PNG where the report has them.
  static func imageLinks(_ name: String, _ o: Overview, _ s: Strings) -> [Node] {
    var nodes: [Node] = [.text(" · \(s.image): "), .el("a", ["href": "charts/\(name).svg", "download": ""], .text("\(name).svg"))]
    if o.chartImages { nodes += [.text(", "), .el("a", ["href": "charts/\(name).png", "download": ""], .text("\(name).png"))] }
    return nodes
  }

  /// A published figure, linked to where it was published when its source starts with an address.
  static func publishedSource(_ pair: RankingBenchmark.Pair, _ content: Node) -> Node {
    PublishedResult.link(in: pair.otherSource).url.map { .el("a", ["href": $0], content) } ?? content
  }
}
