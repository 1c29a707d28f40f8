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

/// Each value keeps the `source` of its row (issue 26: a source beside every value).
@Suite struct DatasetSourceTests {
  @Test func everyValueKeepsItsRowsSourceThroughSelections() throws {
    let definition = try definition("id,parent,direction\nsci,,\na,sci,+\nb,sci,+\n")
    let data = try dataset(
      "city,year,indicator,value,source\nBonn,2021,a,1,Atlas 2021\nBonn,2021,b,2,\nKöln,2021,a,3,Register\nBonn,2022,a;4,x\n"
        .replacingOccurrences(of: "a;4", with: "a,4"), for: definition)
    #expect(data.source(city: 0, year: 2021, indicator: 0) == "Atlas 2021")
    #expect(data.source(city: 0, year: 2021, indicator: 1) == nil)  // an empty cell: none
    #expect(data.source(city: 1, year: 2021, indicator: 0) == "Register")
    #expect(data.source(city: 0, year: 2022, indicator: 0) == "x")
    // selecting indicators and years keeps each value's source
    let b = data.selectingIndicators(["b", "a"])
    #expect(b.source(city: 1, year: 2021, indicator: 1) == "Register")
    #expect(data.selectingYears([2022]).source(city: 0, year: 2022, indicator: 0) == "x")
    // a file without a source column gives none, also after one with
    let folder = try TemporaryFolder()
    let first = try folder.write("a.csv", "city,year,indicator,value,source\nBonn,2021,a,1,Atlas\n")
    let second = try folder.write("b.csv", "city,year,indicator,value\nBonn,2021,b,2\n")
    let merged = try DatasetLoader.load(paths: [first, second], definition: definition).value
    #expect(merged.source(city: 0, year: 2021, indicator: 0) == "Atlas" && merged.source(city: 0, year: 2021, indicator: 1) == nil)
  }

  @Test func aValueReadOnceItsFileIsKnownKeepsItsOwnRowsSource() throws {
    // 1.020 waits for the file's decimal convention; it keeps its own row's source, not the last
    let definition = try definition("id,parent,direction\nsci,,\na,sci,+\n")
    let data = try dataset("city;year;indicator;value;source\nA;2021;a;1.020;first\nB;2021;a;87,9;second\n", for: definition)
    #expect(data.source(city: 0, year: 2021, indicator: 0) == "first")
    #expect(data.source(city: 1, year: 2021, indicator: 0) == "second")
  }
}
