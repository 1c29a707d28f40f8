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

  @Test func looksOnlyAtCandidatesOfANearLength() {
    // "shares" and "sh" are two edits from "share"; "shareholders" is 7 and is never compared.
    #expect(Suggestion.closest(to: "share", in: ["shareholders", "shares"]) == "shares")
    #expect(Suggestion.closest(to: "share", in: ["shareholders", "sh"]) == nil)  // 3 edits: too far
    #expect(Suggestion.closest(to: "Öffnung", in: ["oeffnungen", "öffnungen"]) == "öffnungen")  // Characters, not bytes
  }

  @Test func saysDidYouMeanForAnUnknownIndicator() throws {
    let definition = try definition("id,parent,direction\nsci,,\nonline,sci,+\n")
    let found = diagnostics { _ = try dataset("city,year,indicator,value\nBonn,2023,onlin,1\n", for: definition) }
    #expect(found.map(\.message).first?.contains("(did you mean 'online'?)") == true)
  }
}

/// A 20 MB value must not make a 20 MB message (issue 14).
@Suite struct BoundedMessageTests {
  @Test func longQuotedValuesAreCutWithTheirLength() {
    let value = String(repeating: "9", count: 20_000_000)
    let diagnostic = Diagnostic.error(.valueNotANumber(value), at: SourceLocation(file: "d.csv", line: 2, column: 4))
    #expect(diagnostic.description == "d.csv:2:4: value '" + String(repeating: "9", count: 59) + "…' (20,000,000 characters) is not a number")
  }

  @Test func shortMessagesAreUntouchedAndLongOnesStopAt600Characters() {
    #expect(
      Diagnostic.error(.unknownCity("Bielfeld", suggestions: ["Bielefeld"])).message == "unknown city 'Bielfeld' (did you mean 'Bielefeld'?)")
    let header = (0..<100_000).map { "c\($0)" }
    let message = Diagnostic.error(.missingColumn("id", header: header, table: .other)).message
    // 100,000 names "c0" … "c99999": 488,890 digits + 100,000 "c" + 99,999 × ", " = 788,888,
    // with the 46 characters before and the ")" after: 788,935
    #expect(message.count == 600 + " (788,935 characters in all)".count)
    #expect(message.hasSuffix("… (788,935 characters in all)"))
    // German too: the same bound, in German ("Pflichtspalte 'id' fehlt (die Kopfzeile hat: " is 45).
    #expect(Diagnostic.error(.missingColumn("id", header: header, table: .other)).text(.de).hasSuffix("… (788.934 Zeichen insgesamt)"))
  }

  @Test func noSuggestionIsSoughtForAHugeName() {
    #expect(Suggestion.closest(to: String(repeating: "a", count: 1_000_000), in: ["a"]) == nil)
  }
}
