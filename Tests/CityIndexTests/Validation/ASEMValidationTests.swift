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
}
