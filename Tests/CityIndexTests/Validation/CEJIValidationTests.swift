import Foundation
import Testing

@testable import CityIndex

/// External validation against the Chicago Environmental Justice Index (792 census tracts,
/// 28 indicators, weighted groups: Sensitive Populations and Socioeconomic Factors 2 each,
/// Environmental Conditions 1 and Exposure 2). Its published construction normalises by
/// min-max to 0–1 and *multiplies* Population Characteristics by Pollution Burden at the top;
/// the `noproduct` variant takes the arithmetic mean there too. Both are reproduced to 1e-9.
///
/// Fixtures/ceji/ is converted by its `convert.py` from ../shared/validation/ceji/.
@Suite struct CEJIValidationTests {
  let tolerance = 1e-9

  func score(product: Bool) throws -> (IndexDefinition, Scorecard) {
    var path = try fixture("ceji/ceji-index.csv")
    let folder = try TemporaryFolder()
    if !product {
      let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: ",product\n", with: ",\n")
      path = try folder.write("ceji-noproduct-index.csv", text)
    }
    let definition = try DefinitionLoader.load(path: path).value
    let dataset = try DatasetLoader.load(paths: [try fixture("ceji/ceji-data.csv")], definition: definition).value
    var options = ScoringOptions()
    options.range = 0...1
    return (definition, try Scorer.score(definition, dataset, options: options))
  }

  func expected(_ file: String) throws -> (header: [String], rows: [[String]]) {
    let lines = try String(contentsOfFile: try fixture("ceji/\(file)"), encoding: .utf8).split(separator: "\n")
    return (lines[0].split(separator: ",").map(String.init), lines.dropFirst().map { $0.split(separator: ",").map(String.init) })
  }

  @Test func minMaxWithTheProductAtTheTopReproducesEveryIndicatorAndAggregate() throws {
    let (definition, card) = try score(product: true)
    #expect(definition.nodes[definition.root].aggregation == .product)
    let (header, rows) = try expected("ceji-minmax.csv")
    #expect(rows.count == 792 && card.cities.count == 792)
    var worst = 0.0
    for fields in rows {
      let city = try #require(card.index(of: fields[0]))
      for (column, id) in header.enumerated().dropFirst() {
        let node = try #require(definition.index(of: id), "\(id)")
        let want = try #require(Double(fields[column]))
        worst = max(worst, abs(card.scores[city, node] - want))
      }
    }
    #expect(header.count == 1 + 35)
    #expect(worst <= tolerance, "largest difference \(worst)")
  }

  @Test func theArithmeticVariantReproducesTheIndexAndItsRanks() throws {
    let (_, card) = try score(product: false)
    let (_, rows) = try expected("ceji-noproduct.csv")
    var worst = 0.0
    var wanted: [Double] = []
    for fields in rows {
      let city = try #require(card.index(of: fields[0]))
      let want = try #require(Double(fields[1]))
      wanted.append(want)
      worst = max(worst, abs(card.totals[city] - want))
    }
    #expect(worst <= tolerance, "largest difference \(worst)")
    // The ranks follow from the expected scores by the same competition rule.
    let ranks = competitionRanks(wanted)
    for (i, fields) in rows.enumerated() {
      let city = try #require(card.index(of: fields[0]))
      #expect(card.ranks[city] == ranks[i], "\(fields[0])")
    }
  }
}
