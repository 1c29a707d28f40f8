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
        "missing required column 'city' (or 'Stadt') (the header has: name, state)"
      ])
    let bad = try folder.write("b.csv", "city,population\nBonn,many\nBonn,1\n,2\n")
    #expect(
      diagnostics { _ = try CityTableLoader.load(path: bad) }.map(\.description) == [
        "\(bad):2:2: population 'many' is not a number",
        "\(bad):3:1: city 'Bonn' appears twice (first on line 2)",
        "\(bad):4:1: empty city name",
      ])
  }

  @Test func rowsPerYearPickThatYearThenTheLatestEarlierYearThenTheYearlessRow() throws {
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
    #expect(table.number("population", of: "Jena", year: 2024) == 105)  // the latest earlier year
    #expect(table.number("population", of: "Jena", year: 2020) == 100)  // nothing earlier: the yearless row
    #expect(table.number("population", of: "Jena") == 100)  // no year: the yearless row
    #expect(table.number("population", of: "Bonn") == 320)  // no year and no yearless row: the latest row
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

extension CityTableLoaderTests {
  @Test func filesMergeAndEachCellFallsBackToTheNextRowThatHasIt() throws {
    let folder = try TemporaryFolder()
    let cities = try folder.write("c.csv", "city,state,population,ags\nBonn,Nordrhein-Westfalen,330579,05314000\n")
    let population = try folder.write("p.csv", "city,year,population\nBonn,2018,327913\nBonn,2019,329673\n")
    let table = try CityTableLoader.load(paths: [cities, population]).value
    #expect(table.columns == ["state", "population", "ags"])
    #expect(table.number("population", of: "Bonn", year: 2019) == 329_673)
    #expect(table.number("population", of: "Bonn", year: 2021) == 329_673)  // latest earlier year
    #expect(table.number("population", of: "Bonn", year: 2017) == 330_579)  // only the yearless row
    #expect(table.text("state", of: "Bonn", year: 2019) == "Nordrhein-Westfalen")  // the 2019 row has no state
    #expect(table.text("ags", of: "Bonn") == "05314000")  // text: the leading zero stays
  }

  @Test func theSameCityAndYearInTwoFilesNamesBoth() throws {
    let folder = try TemporaryFolder()
    let a = try folder.write("a.csv", "city,year,population\nBonn,2019,1\n")
    let b = try folder.write("b.csv", "city,year,population\nBonn,2019,2\n")
    #expect(
      diagnostics { _ = try CityTableLoader.load(paths: [a, b]) }.map(\.description) == [
        "\(b):2:1: city 'Bonn' for 2019 appears twice (first on \(a):2)"
      ])
  }

  @Test func officialKeysAreEightDigitsAndALostLeadingZeroIsNamed() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("c.csv", "city,ags\nHamburg,2000000\nBonn,5314000x\nKöln,05315000\n")
    #expect(
      diagnostics { _ = try CityTableLoader.load(path: path) }.map(\.description) == [
        "\(path):2:2: ags '2000000' has 7 digits, an official municipality key 8: a spreadsheet dropped the leading "
          + "zeros; write 02000000 (format the column as text)",
        "\(path):3:2: ags '5314000x' is not an 8-digit official municipality key (Amtlicher Gemeindeschlüssel)",
      ])
  }
}
