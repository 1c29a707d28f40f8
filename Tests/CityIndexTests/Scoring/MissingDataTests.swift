import Testing

@testable import CityIndex

/// Five cities, two indicators a (+) and b (+) under one root, equal weights:
///
///     city  a   b
///     A     10  24
///     B     20  10
///     C     30  –      coverage 0.5
///     D     –   –      coverage 0: below 0.5, not ranked
///     E     40  80
///
/// a over A, B, C, E: min 10, max 40 → A 0, B 33.33, C 66.67, E 100.
/// b over A, B, E: min 10, max 80 → A (24 − 10) / 70 = 20, B 0, E 100.
@Suite struct MissingDataTests {
  let index = """
    id,parent,direction
    sci,,
    a,sci,+
    b,sci,+
    """
  let data = """
    city,year,a,b
    A,2023,10,24
    B,2023,20,10
    C,2023,30,
    D,2023,,
    E,2023,40,80
    """

  func totals(_ missing: MissingData, minCoverage: Double = 0.5) throws -> [String: Double] {
    let definition = try definition(index)
    let card = try Scorer.score(
      definition, dataset(data, for: definition), options: ScoringOptions(missing: missing, minCoverage: minCoverage))
    return Dictionary(uniqueKeysWithValues: zip(card.cities, card.totals))
  }

  @Test func skipAveragesTheChildrenThatHaveAValue() throws {
    let t = try totals(.skip)
    // A (0 + 20) / 2 = 10; B (33.33 + 0) / 2 = 16.67; C only a = 66.67; E 100
    #expect(close(t["A"] ?? 0, 10))
    #expect(close(t["B"] ?? 0, 50.0 / 3))
    #expect(close(t["C"] ?? 0, 200.0 / 3))
    #expect(close(t["E"] ?? 0, 100))
    #expect(t["D"] == nil)
  }

  @Test func zeroGivesNoPointsAfterNormalisation() throws {
    // C's b scores 0 and the bounds of b stay 10…80: C = (66.67 + 0) / 2 = 33.33
    let t = try totals(.zero)
    #expect(close(t["C"] ?? 0, 100.0 / 3))
    #expect(close(t["A"] ?? 0, 10))
  }

  @Test func meanImputesTheRawMeanBeforeNormalisation() throws {
    // C's b = mean(24, 10, 80) = 38 → (38 − 10) / 70 · 100 = 40; C = (66.67 + 40) / 2 = 53.33
    let t = try totals(.mean)
    let expected: Double = (200.0 / 3 + 40) / 2
    #expect(close(t["C"] ?? 0, expected))
    #expect(close(t["A"] ?? 0, 10))
  }

  @Test func medianImputesTheRawMedian() throws {
    // C's b = median(24, 10, 80) = 24 → 20; C = (66.67 + 20) / 2 = 43.33
    let t = try totals(.median)
    let expected: Double = (200.0 / 3 + 20) / 2
    #expect(close(t["C"] ?? 0, expected))
  }

  @Test func citiesBelowTheCoverageThresholdAreDroppedBeforeNormalisation() throws {
    let definition = try definition(index)
    let card = try Scorer.score(definition, dataset(data, for: definition), options: ScoringOptions(minCoverage: 0.6))
    #expect(card.cities == ["A", "B", "E"])
    #expect(card.notRanked == [
      NotRanked(city: "C", coverage: 0.5, cause: .belowMinimum(0.6)),
      NotRanked(city: "D", coverage: 0, cause: .belowMinimum(0.6)),
    ])
    #expect(card.notRanked.map(\.reason) == ["coverage 50% is below the minimum of 60%", "coverage 0% is below the minimum of 60%"])
    // Without C, a's bounds are 10…40 over A, B, E: B = (20 − 10) / 30 = 33.33 still, and b is
    // unchanged; but the ranking has three cities.
    #expect(card.rankingOrder.map { card.cities[$0] } == ["E", "B", "A"])
  }

  @Test func aCityWithNoValueAtAllIsNotRankedEvenWithoutAThreshold() throws {
    let definition = try definition(index)
    let card = try Scorer.score(definition, dataset(data, for: definition), options: ScoringOptions(minCoverage: 0))
    #expect(card.notRanked == [NotRanked(city: "D", coverage: 0, cause: .noValue)])
    #expect(card.notRanked.map(\.reason) == ["no indicator has a value"])
    #expect(card.cities == ["A", "B", "C", "E"])
  }

  func card(_ options: ScoringOptions, data: String? = nil) throws -> Scorecard {
    let definition = try definition(index)
    return try Scorer.score(definition, dataset(data ?? self.data, for: definition), options: options)
  }

  @Test func groupMeanAndMedianImputeFromTheCitysGroup() throws {
    // groups: A, C, E in "north"; B in "south". C's b from north's observed b: A 24, E 80.
    var options = ScoringOptions(missing: .groupMean)
    options.groups = CityGroups(column: "region", labels: ["A": "north", "B": "south", "C": "north", "E": "north"])
    let mean = try card(options)
    // C's b = 52 → (52 − 10) / 70 · 100 = 60; C = (66.67 + 60) / 2
    let c = try #require(mean.index(of: "C"))
    #expect(close(mean.totals[c], (200.0 / 3 + 60) / 2))
    #expect(mean.imputed == [ImputedValue(city: "C", indicator: "b", value: 52)])
    #expect(mean.values[c, 1] == 52)
    // group median of 24 and 80 is also 52; with a third member (F 30) the median is 30
    options.missing = .groupMedian
    options.groups?.labels["F"] = "north"
    let median = try card(options, data: data + "\nF,2023,35,30")
    let cm = try #require(median.index(of: "C"))
    #expect(median.values[cm, 1] == 30)
  }

  @Test func groupImputationLeavesAGroupWithoutValuesMissing() throws {
    var options = ScoringOptions(missing: .groupMean)
    options.groups = CityGroups(column: "region", labels: ["C": "alone"])
    let card = try card(options)
    #expect(card.imputed.isEmpty)
    // a city with a gap and no group at all is named
    options.groups = CityGroups(column: "region", labels: ["A": "north"])
    #expect(try self.card(options).warnings.map(\.message) == [
      "1 city has no 'region' to impute within, so its missing values in 2023 stay missing: C"
    ])
    #expect(diagnostics { _ = try self.card(ScoringOptions(missing: .groupMean)) }.map(\.message) == [
      "--missing group-mean needs the groups to impute within (--group COLUMN of the cities file)"
    ])
  }

  @Test func lastYearCarriesTheLatestEarlierValueForward() throws {
    let history = """
      city,year,a,b
      A,2021,10,5
      A,2022,12,
      A,2023,14,
      B,2021,1,2
      B,2023,3,4
      C,2023,,9
      """
    let card = try card(ScoringOptions(missing: .lastYear, minCoverage: 0), data: history)
    // A's b: missing in 2023 and 2022 → 5 from 2021; C's a has no earlier year → stays missing
    #expect(card.imputed == [ImputedValue(city: "A", indicator: "b", value: 5, fromYear: 2021)])
    let a = try #require(card.index(of: "A"))
    #expect(card.values[a, 1] == 5)
    #expect(card.coverage[a] == 0.5)  // coverage counts before imputation
  }
}
