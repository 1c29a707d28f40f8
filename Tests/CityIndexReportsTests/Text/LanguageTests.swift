import Testing

@testable import CityIndexReports

@Suite struct LanguageTests {
  @Test(arguments: [
    (Language.en, 84.5, "84.5"),
    (.de, 84.5, "84,5"),
    (.en, 84.46, "84.5"),
    (.de, -0.5, "−0,5"),
    (.en, -0.01, "0.0"),  // no negative zero
    (.en, .nan, "–"),
  ])
  func formatsNumbersForTheLanguage(language: Language, value: Double, expected: String) {
    #expect(language.number(value) == expected)
  }

  @Test func formatsPercentagesAndRankChanges() {
    #expect(Language.de.percent(0.973) == "97,3\u{202F}%")
    #expect(Language.en.percent(1) == "100\u{202F}%")
    #expect(Language.en.rankChange(3) == "▲\u{00A0}3")
    #expect(Language.en.rankChange(-2) == "▼\u{00A0}2")
    #expect(Language.en.rankChange(0) == "–")
    #expect(Language.de.rankChange(nil) == "neu")
  }
}
