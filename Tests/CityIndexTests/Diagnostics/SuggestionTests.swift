import Testing

@testable import CityIndex

@Suite struct SuggestionTests {
  @Test(arguments: [
    ("onlnie", "online"),  // a swap is two edits
    ("Online", "online"),  // case does not count
    ("share_", "share"),
  ])
  func suggestsTheClosestName(typo: String, expected: String) {
    #expect(Suggestion.closest(to: typo, in: ["online", "pay", "jam", "share"]) == expected)
  }

  @Test func suggestsNothingWhenNothingIsClose() {
    #expect(Suggestion.closest(to: "co2_pc", in: ["online", "pay", "jam", "share"]) == nil)
    #expect(Suggestion.closest(to: "ab", in: ["xy"]) == nil)
  }

  @Test func saysDidYouMeanForAnUnknownIndicator() throws {
    let definition = try definition("id,parent,direction\nsci,,\nonline,sci,+\n")
    let found = diagnostics { _ = try dataset("city,year,indicator,value\nBonn,2023,onlin,1\n", for: definition) }
    #expect(found.map(\.message).first?.hasSuffix("(did you mean 'online'?)") == true)
  }
}
