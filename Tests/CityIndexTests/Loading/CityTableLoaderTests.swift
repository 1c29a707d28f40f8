import Testing

@testable import CityIndex

@Suite struct CityTableLoaderTests {
  @Test func readsAttributesByCityAndColumn() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("c.csv", "city;State;population\nBonn;Nordrhein-Westfalen;330579\nJena;Thüringen;110,5\n")
    let table = try CityTableLoader.load(path: path).value
    #expect(table.cities == ["Bonn", "Jena"])
    #expect(table.text("state", of: "Bonn") == "Nordrhein-Westfalen")  // columns match any case
    #expect(table.number("population", of: "Jena") == 110.5)  // decimal comma in a ;-file
    #expect(table.text("state", of: "Köln") == nil)
  }

  @Test func reportsMissingCityColumnDuplicatesAndBadNumbers() throws {
    let folder = try TemporaryFolder()
    let noCity = try folder.write("a.csv", "name,state\nBonn,NRW\n")
    #expect(
      diagnostics { _ = try CityTableLoader.load(path: noCity) }.map(\.message) == [
        "missing required column 'city' (the header has: name, state)"
      ])
    let bad = try folder.write("b.csv", "city,population\nBonn,many\nBonn,1\n,2\n")
    #expect(
      diagnostics { _ = try CityTableLoader.load(path: bad) }.map(\.description) == [
        "\(bad):2:2: population 'many' is not a number",
        "\(bad):3:1: city 'Bonn' appears twice (first on line 2)",
        "\(bad):4:1: empty city name",
      ])
  }

  @Test func rowsPerYearPickThatYearThenTheYearlessRowThenTheLatestEarlierYear() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "c.csv",
      "city,year,population\nBonn,2020,300\nBonn,2022,320\nJena,,100\nJena,2021,105\nKiel,2023,250\n")
    let table = try CityTableLoader.load(path: path).value
    #expect(table.cities == ["Bonn", "Jena", "Kiel"])
    #expect(table.variesByYear)
    #expect(table.number("population", of: "Bonn", year: 2022) == 320)
    #expect(table.number("population", of: "Bonn", year: 2021) == 300)  // latest earlier year
    #expect(table.number("population", of: "Bonn", year: 2030) == 320)
    #expect(table.number("population", of: "Bonn", year: 2019) == nil)  // nothing that early
    #expect(table.number("population", of: "Jena", year: 2021) == 105)
    #expect(table.number("population", of: "Jena", year: 2024) == 100)  // the yearless row
    #expect(table.number("population", of: "Bonn") == 320)  // no year: the latest row
    #expect(table.hasColumn("population") && !table.hasColumn("year"))
  }

  @Test func reportsTheSameCityAndYearTwiceAndBadYears() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("c.csv", "city,year,population\nBonn,2020,1\nBonn,2021,2\nBonn,2020,3\nJena,20x,4\n")
    #expect(
      diagnostics { _ = try CityTableLoader.load(path: path) }.map(\.description) == [
        "\(path):4:1: city 'Bonn' for 2020 appears twice (first on line 2)",
        "\(path):5:2: year '20x' is not a whole number",
      ])
  }
}
