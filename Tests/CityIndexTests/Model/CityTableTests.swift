import Testing

@testable import CityIndex

@Suite struct CityTableTests {
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
}
