import Testing

@testable import CityIndex

/// Two indicators under one root, equal weights: `fresh` (no max_age: never carried) and `old`
/// (max_age 2). Values:
///
///     year  city  fresh  old
///     2018  A      –     10
///     2018  B      –     30
///     2019  C      –     50     (C: old only in 2019)
///     2021  A      1     –      A's old from 2018: 3 years back, too old (limit 2)
///     2021  B      2     –      B's old from 2018: too old
///     2021  C      3     –      C's old from 2019: 2 years back, carried
///     2022  A      4     –
///
/// Scored for 2021 (--min-coverage 0): old has only C's carried 50 → one value, zero range,
/// C scores 100 on it; fresh 1, 2, 3 → A 0, B 50, C 100. Totals: A 0 (fresh only), B 50,
/// C (100 + 100) / 2 = 100.
@Suite struct VintageTests {
  let index = """
    id,parent,direction,max_age
    sci,,,
    fresh,sci,+,
    old,sci,+,2
    """
  let data = """
    city,year,indicator,value
    A,2018,old,10
    B,2018,old,30
    C,2019,old,50
    A,2021,fresh,1
    B,2021,fresh,2
    C,2021,fresh,3
    A,2022,fresh,4
    """

  func score(year: Int? = nil, maxAge: Int? = nil) throws -> Scorecard {
    let definition = try definition(index)
    var options = ScoringOptions(minCoverage: 0)
    options.maxAge = maxAge
    return try Scorer.score(definition, dataset(data, for: definition), year: year, options: options)
  }

  @Test func aValueWithinTheMaximumAgeIsCarriedAndNamedWithItsYear() throws {
    let card = try score(year: 2021)
    #expect(card.carried == [CarriedValue(city: "C", indicator: "old", value: 50, fromYear: 2019)])
    #expect(card.carriedYear(city: "C", indicator: "old") == 2019)
    let totals = Dictionary(uniqueKeysWithValues: zip(card.cities, card.totals))
    #expect(close(totals["A"] ?? .nan, 0))
    #expect(close(totals["B"] ?? .nan, 50))
    #expect(close(totals["C"] ?? .nan, 100))
    // a carried value counts as present: C has both indicators
    #expect(card.coverage[try #require(card.index(of: "C"))] == 1)
    #expect(card.coverage[try #require(card.index(of: "A"))] == 0.5)
  }

  @Test func aValueOlderThanTheLimitIsNotUsedAndReported() throws {
    let card = try score(year: 2021)
    let old = try #require(card.vintage.first { $0.indicator == "old" })
    #expect(old.maxAge == 2)
    #expect(old.citiesByYear == [2019: 1])
    #expect(old.tooOld == [.init(city: "A", year: 2018), .init(city: "B", year: 2018)])
    #expect(old.missing == 2)
    #expect(old.isCarried(into: 2021))
    let fresh = try #require(card.vintage.first { $0.indicator == "fresh" })
    #expect(fresh.citiesByYear == [2021: 3] && fresh.maxAge == nil && !fresh.isCarried(into: 2021))
    #expect(card.warnings.count == 1)  // only old's: fresh has no maximum age
    #expect(
      card.warnings.map(\.message).contains(
        "indicator 'old' has no value for 2021 within its maximum age of 2 years for 2 cities (latest: 2018), "
          + "so their values count as missing"))
  }

  @Test func theDefaultYearIsTheLatestInWhichEveryIndicatorHasAUsableValue() throws {
    // 2022: old's latest value is 2019, three years back → too old; 2021: C's 2019 value is usable.
    #expect(try score().year == 2021)
    // With --max-age 3, 2022 can use the 2019 value of old: 2022 is the default.
    #expect(try score(maxAge: 3).year == 2022)
    // With --max-age 0 no year has both indicators: the latest year, as without any vintage rule.
    #expect(try score(maxAge: 0).year == 2022)
  }

  @Test func maxAgeZeroCarriesNothing() throws {
    let card = try score(year: 2021, maxAge: 0)
    #expect(card.carried.isEmpty)
    let old = try #require(card.vintage.first { $0.indicator == "old" })
    #expect(old.tooOld.count == 3 && old.citiesByYear.isEmpty)
  }

  @Test func withoutAMaximumAgeAGapIsJustAGapNotTooOld() throws {
    // B takes part in 2022 without a value; its 2021 value is not carried and not "too old"
    let definition = try definition("id,parent,direction\nsci,,\nfresh,sci,+\n")
    let data = try dataset("city,year,fresh\nA,2021,1\nB,2021,2\nA,2022,3\nB,2022,\n", for: definition)
    let card = try Scorer.score(definition, data, year: 2022, options: ScoringOptions(minCoverage: 0))
    let fresh = try #require(card.vintage.first)
    #expect(fresh.tooOld.isEmpty && fresh.missing == 1 && fresh.citiesByYear == [2022: 1])
    #expect(card.carried.isEmpty && card.warnings.isEmpty)
  }

  @Test func carryingNeverLooksIntoLaterYears() throws {
    // A 2018 ranking cannot use C's 2019 value: C takes no part in 2018 anyway, and A's 2021
    // fresh value stays out of 2018.
    let card = try score(year: 2018)
    #expect(card.carried.isEmpty)
    #expect(card.vintage.first { $0.indicator == "fresh" }?.citiesByYear.isEmpty == true)
  }

  @Test func anIndicatorWithoutAnyValueYetIsNamedWithTheYearItsValuesStart() throws {
    // 2019: fresh has values only from 2021 on; old has C's own 2019 value
    let card = try score(year: 2019)
    #expect(
      card.warnings.map(\.message) == [
        "indicator 'fresh' has no value for 2019 or any earlier year (its values start in 2021), so it counts as missing for every city"
      ])
    // 2021: both have values (old only C's carried one, and A's and B's too old: that warning)
    #expect(!(try score(year: 2021)).warnings.contains { $0.message.contains("or any earlier year") })
  }
}
