import Testing

@testable import CityIndex

@Suite struct DenominationTests {
  let index = """
    id,parent,direction,denominator,scale
    sci,,,,
    chargers,sci,+,population,100000
    area_share,sci,+,,
    """

  @Test func dividesByTheCitysAttributeOfThatYearAndScales() throws {
    let definition = try definition(index)
    let data = try dataset("city,year,chargers,area_share\nA,2022,30,1\nA,2023,40,2\nB,2023,10,3\n", for: definition)
    let cities = CityTable(
      names: ["A", "A", "B"], years: [2022, 2023, nil], columns: ["population"], rows: [["300000"], ["400000"], ["50000"]])
    let loaded = try Denomination.apply(definition, data, cities: cities, citiesFile: "cities.csv")
    #expect(loaded.warnings.isEmpty)
    let y2022 = try #require(loaded.value.values(for: 2022))
    let y2023 = try #require(loaded.value.values(for: 2023))
    #expect(y2022[0, 0] == 10)  // 30 / 300,000 · 100,000
    #expect(y2023[0, 0] == 10)  // 40 / 400,000 · 100,000
    #expect(y2023[1, 0] == 20)  // 10 / 50,000 · 100,000 (a row without a year holds for every year)
    #expect(y2023[1, 1] == 3)  // no denominator: unchanged
  }

  @Test func aRateAcrossItsDivisorsBreakIsFlaggedBreakInThatYearOnly() throws {
    // A's 2024 population is on a new census basis (flag break): its 2024 rate is flagged, its
    // 2025 rate (divided by the same row, which holds for later years) and the undivided
    // area_share are not; B's own flag is kept.
    let definition = try definition(index)
    let data = try dataset(
      "city,year,indicator,value,flag\nA,2023,chargers,40,\nA,2024,chargers,44,\nA,2025,chargers,48,\nA,2024,area_share,2,\n"
        + "B,2024,chargers,10,proxy\n", for: definition)
    let cities = CityTable(
      names: ["A", "A", "B"], years: [2023, 2024, 2024], columns: ["population", "flag"],
      rows: [["400000", ""], ["440000", "break"], ["50000", "break"]])
    let denominated = try Denomination.apply(definition, data, cities: cities, citiesFile: "cities.csv").value
    #expect(denominated.flag(city: 0, year: 2024, indicator: 0) == "break")
    #expect(denominated.flag(city: 0, year: 2023, indicator: 0) == nil)
    #expect(denominated.flag(city: 0, year: 2025, indicator: 0) == nil)
    #expect(denominated.flag(city: 0, year: 2024, indicator: 1) == nil)
    #expect(denominated.flag(city: 1, year: 2024, indicator: 0) == "proxy")
    #expect(denominated.values(for: 2024)?[0, 0] == 10)
  }

  @Test func aCityWithoutTheAttributeLosesTheValueWithAWarning() throws {
    let definition = try definition(index)
    let data = try dataset("city,year,chargers,area_share\nA,2023,40,2\nB,2023,10,3\nC,2023,5,1\n", for: definition)
    let cities = CityTable(cities: ["A", "B"], columns: ["population"], rows: [["400000"], ["0"]])
    let loaded = try Denomination.apply(definition, data, cities: cities, citiesFile: "cities.csv")
    #expect(loaded.warnings.map(\.message) == [
      "cities.csv gives no usable population for 2 cities: B, C in 2023, so their values of 'chargers' count as missing"
    ])
    let values = try #require(loaded.value.values(for: 2023))
    #expect(values[1, 0].isNaN && values[2, 0].isNaN && values[0, 0] == 10)
  }

  @Test func anUnknownColumnOrNoCitiesFileIsAnError() throws {
    let definition = try definition(index)
    let data = try dataset("city,year,chargers,area_share\nA,2023,40,2\n", for: definition)
    let cities = CityTable(cities: ["A"], columns: ["populaton"], rows: [["1"]])
    #expect(
      diagnostics { _ = try Denomination.apply(definition, data, cities: cities, citiesFile: "c.csv") }.map(\.message) == [
        "indicator 'chargers' is divided by 'population', but c.csv has no such column (it has: populaton) (did you mean 'populaton'?)"
      ])
    #expect(
      diagnostics { _ = try Denomination.apply(definition, data, cities: nil, citiesFile: "c.csv") }.map(\.message) == [
        "indicator 'chargers' is divided by 'population', which needs a cities file (--cities)"
      ])
  }
}
