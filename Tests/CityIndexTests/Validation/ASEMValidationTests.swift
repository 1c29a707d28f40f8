import Foundation
import Testing

@testable import CityIndex

/// External validation against COINr's ASEM example (51 countries, 49 indicators, 4 levels).
///
/// Fixtures/asem/ holds COINr's *treated* data and its metadata converted to our formats by
/// `Fixtures/asem/convert.py` (source: github.com/bluefoxr/COINr at b9682034, MIT; see
/// ../shared/validation/README.md). COINr normalises `Direction · x` by min-max to 0–100 and
/// aggregates with equal-weight arithmetic means up the tree: our defaults.
@Suite struct ASEMValidationTests {
  struct Expected {
    var rank: Int
    var index, conn, sust: Double
  }

  func expected() throws -> [String: Expected] {
    let text = try String(contentsOfFile: fixture("asem/asem-expected.csv"), encoding: .utf8)
    var result: [String: Expected] = [:]
    for line in text.split(separator: "\n").dropFirst() {
      let f = line.split(separator: ",").map(String.init)
      result[f[0]] = Expected(
        rank: try #require(Int(f[1])), index: try #require(Double(f[2])), conn: try #require(Double(f[3])),
        sust: try #require(Double(f[4])))
    }
    return result
  }

  @Test func reproducesCOINrIndexScoresAndRanks() throws {
    let definition = try DefinitionLoader.load(path: fixture("asem/asem-index.csv")).value
    let dataset = try DatasetLoader.load(paths: [fixture("asem/asem-treated.csv")], definition: definition).value
    #expect(definition.leaves.count == 49)
    let card = try Scorer.score(definition, dataset)
    let expected = try expected()
    #expect(card.cities.count == 51 && expected.count == 51)
    let conn = try #require(definition.index(of: "Conn"))
    let sust = try #require(definition.index(of: "Sust"))
    var worst = 0.0
    for (city, name) in card.cities.enumerated() {
      let want = try #require(expected[name])
      worst = max(worst, abs(card.totals[city] - want.index))
      #expect(abs(card.totals[city] - want.index) < 1e-9, "\(name) Index")
      #expect(abs(card.scores[city, conn] - want.conn) < 1e-9, "\(name) Conn")
      #expect(abs(card.scores[city, sust] - want.sust) < 1e-9, "\(name) Sust")
      #expect(card.ranks[city] == want.rank, "\(name) rank")
    }
    #expect(card.rankingOrder.prefix(5).map { card.cities[$0] } == ["CHE", "NLD", "DNK", "NOR", "BEL"])
  }

  @Test func reproducesCOINrNormalisedIndicatorsIncludingDirections() throws {
    let definition = try DefinitionLoader.load(path: fixture("asem/asem-index.csv")).value
    let dataset = try DatasetLoader.load(paths: [fixture("asem/asem-treated.csv")], definition: definition).value
    let card = try Scorer.score(definition, dataset)
    let lines = try String(contentsOfFile: fixture("asem/asem-normalised.csv"), encoding: .utf8).split(separator: "\n")
    let header = lines[0].split(separator: ",").map(String.init)
    #expect(definition.indicators.contains { $0.direction == .lowerIsBetter })
    var compared = 0
    for line in lines.dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let city = try #require(card.index(of: fields[0]))
      for (column, id) in header.enumerated().dropFirst() {
        let node = try #require(definition.index(of: id))
        let want = try #require(Double(fields[column]))
        #expect(abs(card.scores[city, node] - want) < 1e-9, "\(fields[0]) \(id)")
        compared += 1
      }
    }
    #expect(compared == 51 * 49)
  }

  /// Effective shares on COINr's own numbers. COINr measures an indicator's importance by its
  /// Pearson correlation with the index (`get_corr(coin, Levels = c(1, 4))`, the measure its
  /// `get_opt_weights` matches to target importances); S = r² is its square. Expected values:
  /// `numpy.corrcoef` of each column of COINr's `expected_Aggregated.csv` (normalised indicators,
  /// Conn, Sust) with its Index, squared — computed outside this engine, from COINr's stored
  /// scores rather than ours.
  @Test func effectiveSharesMatchCorrelationsOfCOINrsAggregatedData() throws {
    let definition = try DefinitionLoader.load(path: fixture("asem/asem-index.csv")).value
    let dataset = try DatasetLoader.load(paths: [fixture("asem/asem-treated.csv")], definition: definition).value
    let importance = Importance(try Scorer.score(definition, dataset))
    let indicators = Dictionary(uniqueKeysWithValues: importance.indicators.map { ($0.id, $0) })
    let expected: [(id: String, firstOrder: Double, effective: Double)] = [
      ("UNVote", 0.6734511827199462, 0.0449987476320487),
      ("FreePress", 0.6669687880088467, 0.04456560614957632),
      ("NGOs", 0.6515824412940763, 0.04353751925840654),
      ("CPI", 0.6380746357183797, 0.042634952970366756),
      ("RTAs", 0.6230189014724041, 0.04162895698560421),
      ("Ship", 9.16330502974781e-06, 6.122748925077975e-07),
      ("PRemit", 0.0025017114922545685, 0.00016715967983528358),
      ("Renew", 0.00609837546648087, 0.0004074820352580282),
    ]
    #expect(indicators.count == 49)
    for want in expected {
      let share = try #require(indicators[want.id])
      #expect(abs(share.firstOrder - want.firstOrder) < 1e-12, "\(want.id) S")
      #expect(abs(share.effective - want.effective) < 1e-12, "\(want.id) share")
      #expect(share.cities == 51)
    }
    // The five most influential indicators, in COINr's order.
    let top = importance.indicators.sorted { $0.firstOrder > $1.firstOrder }.prefix(5).map(\.id)
    #expect(top == ["UNVote", "FreePress", "NGOs", "CPI", "RTAs"])
    // Equal weights: every indicator's nominal share is the product of the equal shares above it.
    #expect(abs(importance.indicators.reduce(0) { $0 + $1.nominal } - 1) < 1e-12)
    #expect(importance.areas.map(\.id) == ["Conn", "Sust"])
    #expect(abs(importance.areas[0].firstOrder - 0.8831873229908267) < 1e-12)
    #expect(abs(importance.areas[1].firstOrder - 0.7027256142018313) < 1e-12)
    #expect(abs(importance.areas[0].effective - 0.5568952130211019) < 1e-12)
  }
}
