import Testing

@testable import CityIndex

/// What the published Bitkom results say about the method (see datasets/README.md).
@Suite struct BitkomPublishedTests {
  let definition: IndexDefinition
  let data: Dataset

  init() throws {
    definition = try DefinitionLoader.load(path: shipped("indicators/bitkom-published.csv")).value
    data = try DatasetLoader.load(paths: [shipped("datasets/bitkom-published.csv")], definition: definition).value
  }

  func column(_ id: String) throws -> Int {
    let node = try #require(definition.index(of: id))
    return try #require(definition.leafColumn[node])
  }

  @Test func rankingByThePublishedTotalsGivesThePublishedRanks() throws {
    let (rank, total) = (try column("rank"), try column("total"))
    for year in data.years {
      let values = try #require(data.values(for: year))
      // Cities with both a published rank and total, best first.
      let listed = data.participants(in: year).filter { !values[$0, rank].isNaN && !values[$0, total].isNaN }
        .sorted { values[$0, rank] < values[$1, rank] }
      let ranks = listed.map { Int(values[$0, rank]) }
      let totals = listed.map { values[$0, total] }
      // Higher total, better rank: no pair is out of order.
      for i in listed.indices {
        for j in listed.indices where totals[i] > totals[j] { #expect(ranks[i] < ranks[j], "\(year)") }
      }
      // Where the published ranks run 1, 2, … without a gap, competition ranks of the totals equal them.
      let contiguous = ranks.enumerated().prefix { $0.offset + 1 == $0.element }.count
      #expect(contiguous >= 4, "\(year): at least a top four is published with totals")
      let computed = competitionRanks(Array(totals.prefix(contiguous)))
      #expect(computed == ranks.prefix(contiguous).map { Optional($0) }, "\(year)")
    }
  }

  @Test func theEqualWeightMeanOfTheFiveAreasReproducesThePublishedTotal() throws {
    let total = try column("total")
    let areas = try ["verwaltung", "it_kommunikation", "energie_umwelt", "mobilitaet", "gesellschaft_bildung"].map(column)
    var compared = 0
    var worst = 0.0
    for year in data.years {
      let values = try #require(data.values(for: year))
      for city in data.participants(in: year) {
        let scores = areas.map { values[city, $0] }
        guard !values[city, total].isNaN, !scores.contains(where: \.isNaN) else { continue }
        let mean = scores.reduce(0, +) / 5
        worst = max(worst, abs(mean - values[city, total]))
        compared += 1
      }
    }
    // 2021's top 9 are the only complete five-area rows; one-decimal area scores make the mean
    // drift by up to ±0.05 from the exact total, and the total is itself rounded (±0.05).
    #expect(compared == 9)
    #expect(worst <= 0.1)
    #expect(worst > 0.05)  // 0.08 (Darmstadt): rounding, not a different weighting
  }
}
