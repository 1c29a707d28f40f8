import Testing

@testable import CityIndex

@Suite struct YearComparisonTests {
  // 2022: A 10, B 20, T 30 (T leaves) → ranks T 1, B 2, A 3
  // 2023: A 30, B 20, S 10 (S enters) → ranks A 1, B 2, S 3
  @Test func listsMoversEnteringAndLeavingCities() throws {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\n")
    let data = try dataset(
      "city,year,x\nA,2022,10\nB,2022,20\nT,2022,30\nA,2023,30\nB,2023,20\nS,2023,10\n", for: definition)
    let comparison = YearComparison(
      from: try Scorer.score(definition, data, year: 2022), to: try Scorer.score(definition, data, year: 2023))
    #expect(comparison.entries.map(\.city) == ["A", "B", "S", "T"])
    let a = comparison.entries[0]
    #expect(a.rankFrom == 3 && a.rankTo == 1 && a.rankChange == 2)
    #expect(a.scoreFrom == 0 && a.scoreTo == 100 && a.change == 100)  // each year as ranked
    #expect(comparison.entries[2].isEntering && comparison.entries[2].rankChange == nil)
    #expect(comparison.entries[3].isLeaving && comparison.entries[3].rankTo == nil)
    #expect(comparison.movers.map(\.city) == ["A", "B"])  // B: 2 → 2, score 50 → 50
  }

  // Like for like over 2022 and 2023 together, x spans 10…30: A 0 → 100, B 50 → 50; S enters
  // and T leaves, so neither has a change.
  @Test func likeForLikeChangesRankGainersAndLosers() throws {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\n")
    let data = try dataset(
      "city,year,x\nA,2022,10\nB,2022,20\nT,2022,30\nA,2023,30\nB,2023,20\nS,2023,10\n", for: definition)
    let comparison = YearComparison(try LikeForLike(definition, data, from: 2022, to: 2023, options: ScoringOptions()))
    #expect(comparison.isLikeForLike && comparison.scope == .panel)
    #expect(comparison.entries.map(\.change) == [100, 0, nil, nil])
    #expect(comparison.entries.map(\.comparedShare) == [1, 1, nil, nil])
    #expect(comparison.gainers.map(\.city) == ["A"] && comparison.losers.isEmpty)
    // ranks and scores stay each year's own
    #expect(comparison.entries[1].scoreFrom == 50 && comparison.entries[1].scoreTo == 50)
  }
}
