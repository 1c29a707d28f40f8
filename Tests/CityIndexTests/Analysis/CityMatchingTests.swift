import Testing

@testable import CityIndex

@Suite struct CityMatchingTests {
  let cities = ["München", "Köln", "Frankfurt am Main", "Frankfurt (Oder)", "Münster"]

  @Test(arguments: ["München", "muenchen", "munchen", "MÜNCHEN", " münchen ", "MUENCHEN"])
  func findsACityHoweverItIsSpelled(query: String) throws {
    #expect(try CityMatching.find(query, in: cities) == "München")
  }

  @Test func suggestsTheClosestCity() {
    let found = diagnostics { _ = try CityMatching.find("Muenchn", in: cities) }
    #expect(found.map(\.message) == ["unknown city 'Muenchn' (did you mean 'München'?)"])
    let none = diagnostics { _ = try CityMatching.find("Paris", in: cities) }
    #expect(none.map(\.message) == ["unknown city 'Paris'"])
  }

  @Test func saysWhenANameIsAmbiguous() {
    let found = diagnostics { _ = try CityMatching.find("koln", in: ["Köln", "Koln"]) }
    #expect(found.map(\.message) == ["city 'koln' is ambiguous: 'Köln', 'Koln'"])
  }
}

/// A name that matches no city gets the city it most likely means (issue 17).
@Suite struct CitySuggestionTests {
  let cities = ["Frankfurt am Main", "Halle (Saale)", "Bielefeld", "München", "Offenbach am Main", "Hamm"]

  @Test(arguments: [
    ("frankfurt", ["Frankfurt am Main"]),  // the first words of a longer name
    ("Halle", ["Halle (Saale)"]),
    ("Bielfeld", ["Bielefeld"]),  // one edit
    ("Muenchen", ["München"]),  // spelt differently
    ("Dortmund", []),
  ])
  func suggestsTheLikeliestCity(name: String, expected: [String]) {
    #expect(CityMatching.suggestions(for: name, in: cities) == expected)
  }

  @Test func unknownCityArgumentsSuggest() {
    #expect(diagnostics { _ = try CityMatching.find("frankfurt", in: cities) }.map(\.message) == [
      "unknown city 'frankfurt' (did you mean 'Frankfurt am Main'?)"
    ])
  }

  @Test func dataCitiesTheCitiesFileLacksAreNamedOnceEachWhereFirstGiven() throws {
    let definition = try definition("id,parent,direction\nsci,,\na,sci,+\n")
    let data = try dataset("city,year,a\nBielefeld,2021,1\nBielfeld,2021,2\nBielfeld,2022,3\nMuenchen,2022,4\n", for: definition)
    let table = CityTable(cities: cities, columns: [], rows: cities.map { _ in [] })
    let found = CityMatching.unknownCities(data, in: table, file: "cities.csv")
    #expect(found.map(\.message) == [
      "city 'Bielfeld' is not in cities.csv (did you mean 'Bielefeld'?)",
      "city 'Muenchen' is not in cities.csv (did you mean 'München'?)",
    ])
    #expect(found.map { $0.location?.line } == [3, 5])
    #expect(found.allSatisfy { $0.severity == .warning })
  }
}
