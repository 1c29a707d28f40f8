import CityIndex
import Foundation

/// What makes the overview explorable when JavaScript runs: sliders for the area weights that
/// re-score and re-rank both years at once (exactly as `sci rank` and `sci compare` with a
/// weights file would: totals, ranks, "± since", the map, the leader's figure), sorting by any
/// column, a filter by city or state, the weights in the URL fragment (`HTML/explorer.js`).
/// Without JavaScript none of it shows (the controls are `hidden`) and the page is the static
/// report.
extension HTMLReport {
  /// Whether the page can re-compute the totals from the area scores for other area weights:
  /// the areas are combined by a formula of their own scores (not Copeland, which compares
  /// cities), on the 0–100 scale, with the definition's weights below the areas.
  static func canReweight(_ o: Overview) -> Bool {
    [.arithmetic, .geometric, .harmonic, .product].contains(o.rootAggregation) && o.options.range == 0...100
      && o.options.weighting == .definition && o.areas.count > 1
  }

  /// The controls (hidden until the script shows them), or the reason there are none.
  static func explorer(_ o: Overview, _ s: Strings) -> [Node] {
    let l = o.language
    var controls: [Node] = []
    if canReweight(o) {
      let sliders = zip(o.areas, o.areaWeights).map { area, weight -> Node in
        .el(
          "div", ["class": "weight"], .el("label", ["for": "weight-\(area.id)"], .text(area.name)),
          .element(
            "input",
            [
              ("type", "range"), ("id", "weight-\(area.id)"), ("name", "weight-\(area.id)"), ("min", "0"),
              ("max", SVG.n(max(5, weight * 5))), ("step", "0.1"), ("value", CSVText.number(weight)),
              ("data-default", CSVText.number(weight)),
            ], []),
          .element("output", [("for", "weight-\(area.id)")], [.text(l.number(weight))]))
      }
      controls.append(
        .el(
          "fieldset", ["class": "weights"], .el("legend", [:], .text(s.weightsLegend)),
          .group(sliders), .el("button", ["type": "button", "id": "reset-weights"], .text(s.resetWeights))))
      controls.append(.el("p", ["class": "kicker"], .text(s.weightsNote(o.rootAggregation))))
    }
    controls.append(
      .el(
        "label", ["class": "filter"], .el("span", [:], .text(s.filterLabel)),
        .element("input", [("type", "search"), ("id", "filter"), ("autocomplete", "off")], [])))
    controls.append(.el("p", ["id": "announce", "class": "announce", "aria-live": "polite"]))
    var nodes: [Node] = [.element("div", [("id", "explore"), ("class", "explore"), ("hidden", "hidden")], controls)]
    if !canReweight(o) && o.areas.count > 1 {
      nodes.append(.el("p", ["class": "kicker"], .text(s.noReweighting(o.rootAggregation, weighting: o.options.weighting))))
    }
    nodes.append(dataScript(o, s))
    return nodes
  }

  /// The data the script needs, as JSON no name can break out of (``Escaping/scriptJSON(_:)``).
  static func dataScript(_ o: Overview, _ s: Strings) -> Node {
    struct Payload: Encodable {
      struct Area: Encodable { var id, name: String; var weight: Double }
      struct City: Encodable {
        var city: String
        var state: String?
        var rank: Int
        var total: Double
        var areas: [Double?]
        /// Indicator scores of the year, for the duel.
        var scores: [Double?]
      }
      /// What the duel needs: the pair shown first and each indicator's area and share within it.
      struct Duel: Encodable {
        struct Indicator: Encodable { var area: Int; var within: Double }
        var pair: [String]
        var indicators: [Indicator]
      }
      struct Previous: Encodable {
        var city: String
        var areas: [Double?]
      }
      var aggregation: String
      var reweight: Bool
      var decimalComma: Bool
      var areas: [Area]
      var cities: [City]
      /// The previous year's ranked cities and their area scores as ranked then, for "± since".
      var previous: [Previous]?
      var duel: Duel?
      var text: [String: String]
    }
    let payload = Payload(
      aggregation: o.rootAggregation.rawValue, reweight: canReweight(o), decimalComma: o.language == .de,
      areas: zip(o.areas, o.areaWeights).map { Payload.Area(id: $0.0.id, name: $0.0.name, weight: $0.1) },
      cities: o.rows.map { row in
        Payload.City(
          city: row.city, state: row.state, rank: row.rank, total: row.total, areas: row.areas.map { $0.isNaN ? nil : $0 },
          scores: o.duel == nil ? [] : row.indicators.map { $0.isNaN ? nil : $0 })
      },
      previous: o.previousYear == nil
        ? nil : o.previousAreas.map { Payload.Previous(city: $0.city, areas: $0.areas.map { $0.isNaN ? nil : $0 }) },
      duel: o.duel.map { duel in
        Payload.Duel(pair: [duel.pair.a, duel.pair.b], indicators: duel.indicators.map { .init(area: $0.area, within: $0.within) })
      },
      text: s.explorerText)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    return .element("script", [("type", "application/json"), ("id", "sci-data")], [.trusted(Escaping.scriptJSON(json))])
  }

  /// The page's script — its arithmetic, `HTML/explorer-arithmetic.js`, then `HTML/explorer.js`
  /// (both embedded at build time): plain, inline, no `eval`, no external loads.
  static let explorerScript =
    String(decoding: PackageResources.explorer_arithmetic_js, as: UTF8.self) + "\n"
    + String(decoding: PackageResources.explorer_js, as: UTF8.self)
}
