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
