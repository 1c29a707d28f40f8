import Testing

@testable import CityIndex

/// Quality flags: read from a `flag` column, carried with their value, dropped on request.
@Suite struct DatasetFlagTests {
  let index = """
    id,parent,direction,max_age
    sci,,,
    a,sci,+,3
    b,sci,+,3
    """

  @Test func aLongFileFlagsSingleValues() throws {
    let definition = try definition(index)
    let data = try dataset(
      """
      city,year,indicator,value,flag,source
      A,2021,a,1,proxy,"Kreis value, PROXY: …"
      A,2021,b,2,,own
      B,2021,a,3,,own
      B,2021,b,,proxy,a flag on a missing value is not kept
      """, for: definition)
    #expect(data.flag(city: 0, year: 2021, indicator: 0) == "proxy")
    #expect(data.flag(city: 0, year: 2021, indicator: 1) == nil)
    #expect(data.flag(city: 1, year: 2021, indicator: 1) == nil)
    #expect(data.flagCounts == ["proxy": 1])
  }

  @Test func aWideFileFlagsEveryValueOfItsRow() throws {
    let definition = try definition(index)
    let data = try dataset("city,year,a,b,flag\nA,2021,1,2,proxy\nB,2021,3,4,\n", for: definition)
    #expect(data.flagCounts == ["proxy": 2])
    #expect(data.flag(city: 0, year: 2021, indicator: 1) == "proxy")
    #expect(data.flag(city: 1, year: 2021, indicator: 0) == nil)
  }

  @Test func droppedValuesBecomeMissingAndCountAgainstCoverage() throws {
    let definition = try definition(index)
    let data = try dataset("city,year,indicator,value,flag\nA,2021,a,1,Proxy\nA,2021,b,2,\nB,2021,a,3,\nB,2021,b,4,\n", for: definition)
    let (dropped, count) = data.droppingFlagged(["proxy"])  // flags match in any case
    #expect(count == 1)
    #expect(dropped.values(for: 2021)?[0, 0].isNaN == true)
    #expect(!dropped.hasFlags)
    let card = try Scorer.score(definition, dropped, options: ScoringOptions(minCoverage: 0))
    #expect(card.coverage == [0.5, 1])
    // b alone: A 2 → 0, B 4 → 100; a: B alone → 100 (zero range). A = 0, B = 100.
    #expect(close(card.totals, [0, 100]))
  }

  @Test func theScorecardNamesTheFlagOfEveryValueUsedCarriedOnesIncluded() throws {
    let definition = try definition(index)
    let data = try dataset(
      "city,year,indicator,value,flag\nA,2019,b,5,proxy\nA,2021,a,1,\nB,2021,a,3,proxy\nB,2021,b,4,\n", for: definition)
    let card = try Scorer.score(definition, data, year: 2021)
    #expect(card.carriedYear(city: "A", indicator: "b") == 2019)
    #expect(card.flag(city: "A", indicator: "b") == "proxy")  // the 2019 value's flag
    #expect(card.flag(city: "B", indicator: "a") == "proxy")
    #expect(card.flag(city: "A", indicator: "a") == nil)
    #expect(card.provenanceCounts.carried == ["A": 1])
    #expect(card.provenanceCounts.flagged == ["A": 1, "B": 1])
  }
}
