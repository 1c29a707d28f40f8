import CityIndex
import Foundation

/// A dot map of Germany: the Länder (BKG VG5000, simplified) and one circle per city at its
/// latitude and longitude, its area proportional to the population, coloured by the total score
/// on the viridis scale (0–100). Drawn in the 760 × 1016 frame of ``GermanyOutline``, in the
/// equirectangular projection its README gives (x scaled by cos 51°).
struct GermanyMap {
  struct Dot: Sendable, Equatable {
    var city: String
    /// The profile page to link to (`cities/<slug>.html`), or `nil` for no link.
    var slug: String?
    var rank: Int
    var score: Double
    var population: Double
    var latitude: Double
    var longitude: Double
  }

  static let width = 760.0
  /// Radius of the largest city's circle (Berlin), in map units.
  static let largestRadius = 24.0
  static let legendHeight = 70.0

  var dots: [Dot]
  var language: Language

  /// The map point of a latitude and longitude.
  static func project(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
    let k = cos(51 * Double.pi / 180)
    let scale = width / ((15.2 - 5.7) * k)
    return ((longitude - 5.7) * k * scale, (55.15 - latitude) * scale)
  }

  /// Radius for a population: area proportional to it, the largest city ``largestRadius``.
  func radius(_ population: Double, largest: Double) -> Double {
    guard largest > 0, population > 0 else { return 3 }
    return max(2.5, Self.largestRadius * (population / largest).squareRoot())
  }

  /// The overview's map: Länder, a circle per city (largest drawn first, so small ones stay on
  /// top), each with a `<title>` and `data-city`, linked to the profile; a colour and a size legend.
  func render(id: String, title: String, description: String, profileLink: (String) -> String?) -> Node {
    var nodes: [Node] = GermanyOutline.states.map { state in
      .element("path", [("d", state.path), ("fill", "#eef2f6"), ("stroke", "#9aa5b1"), ("stroke-width", "1.2")], [
        .element("title", [], [.text(state.name)])
      ])
    }
    let largest = dots.map(\.population).max() ?? 0
    for dot in dots.sorted(by: { $0.population != $1.population ? $0.population > $1.population : $0.city < $1.city }) {
      let (x, y) = Self.project(latitude: dot.latitude, longitude: dot.longitude)
      let t = dot.score / 100
      let circle = Node.element(
        "circle",
        [
          ("cx", SVG.n(x)), ("cy", SVG.n(y)), ("r", SVG.n(radius(dot.population, largest: largest))),
          ("fill", Palette.sequential(t)), ("fill-opacity", "0.9"), ("stroke", "#ffffff"), ("stroke-width", "1"),
          ("data-city", dot.city), ("data-score", CSVText.number(dot.score)),
        ],
        [.element("title", [], [.text(Strings(language: language).mapDot(dot.city, rank: dot.rank, score: dot.score))])])
      if let href = profileLink(dot.city) {
        nodes.append(.element("a", [("href", href)], [circle]))
      } else {
        nodes.append(circle)
      }
    }
    nodes += legend(largest: largest)
    return SVG.chart(
      id: id, width: Self.width, height: GermanyOutline.height + Self.legendHeight, title: title, description: description, nodes)
  }

  /// The colour scale (0–100) and three circle sizes under the map.
  func legend(largest: Double) -> [Node] {
    let top = GermanyOutline.height + 12
    var nodes: [Node] = [
      .element(
        "defs", [],
        [
          .element(
            "linearGradient", [("id", "map-scale"), ("x1", "0"), ("x2", "1"), ("y1", "0"), ("y2", "0")],
            (0...8).map { i in
              .element("stop", [("offset", SVG.n(Double(i) / 8)), ("stop-color", Palette.sequential(Double(i) / 8))], [])
            })
        ]),
      .element("rect", [("x", "20"), ("y", SVG.n(top)), ("width", "260"), ("height", "14"), ("fill", "url(#map-scale)")], []),
    ]
    for value in [0.0, 50, 100] {
      nodes.append(SVG.text(language.number(value, decimals: 0), x: 20 + 2.6 * value, y: top + 30, anchor: "middle", size: 16))
    }
    nodes.append(SVG.text(Strings(language: language).points, x: 290, y: top + 12, size: 16))
    var x = 420.0
    for people in [100_000.0, 500_000, 1_000_000, 3_000_000] where people <= largest * 1.5 {
      let r = radius(people, largest: largest)
      nodes.append(
        .element(
          "circle", [("cx", SVG.n(x)), ("cy", SVG.n(top + 24 - r)), ("r", SVG.n(r)), ("fill", "none"), ("stroke", "#555")], []))
      nodes.append(SVG.text(Strings(language: language).inhabitants(Int(people)), x: x, y: top + 44, anchor: "middle", size: 14))
      x += max(2 * r + 24, 70)
    }
    return nodes
  }

  /// A small map for a city's page: the national outline, every city a grey dot, this one
  /// larger and marked.
  static func locator(city: Dot, others: [Dot], title: String) -> Node {
    var nodes: [Node] = [.element("path", [("d", GermanyOutline.country), ("fill", "#eef2f6"), ("stroke", "#9aa5b1"), ("stroke-width", "3")], [])]
    for dot in others where dot.city != city.city {
      let (x, y) = project(latitude: dot.latitude, longitude: dot.longitude)
      nodes.append(.element("circle", [("cx", SVG.n(x)), ("cy", SVG.n(y)), ("r", "9"), ("fill", "#9aa5b1")], []))
    }
    let (x, y) = project(latitude: city.latitude, longitude: city.longitude)
    nodes.append(
      .element(
        "circle", [("cx", SVG.n(x)), ("cy", SVG.n(y)), ("r", "26"), ("fill", Palette.vermillion), ("stroke", "#000"), ("stroke-width", "4"), ("data-city", city.city)], []))
    return SVG.chart(id: "chart-locator", width: width, height: GermanyOutline.height, title: title, description: title, nodes)
  }
}
