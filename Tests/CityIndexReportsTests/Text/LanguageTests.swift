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

@Suite struct FixedPointTests {
  @Test(arguments: [
    (84.46, 1, "84.5"), (2.5, 0, "3"), (-2.5, 0, "-3"), (0.004, 2, "0.00"), (-0.004, 2, "0.00"),
    (1234.5678, 3, "1234.568"), (100, 1, "100.0"), (7, 2, "7.00"),
  ] as [(Double, Int, String)])
  func roundsHalfAwayFromZero(value: Double, decimals: Int, expected: String) {
    #expect(FixedPoint.format(value, decimals: decimals) == expected)
  }

  @Test func trimsTrailingZeros() {
    #expect(FixedPoint.trimmed(12.5, decimals: 2) == "12.5")
    #expect(FixedPoint.trimmed(12, decimals: 2) == "12")
    #expect(FixedPoint.trimmed(-0.001, decimals: 2) == "0")
  }

  @Test func whatIsNotAttributedNamesTheIndicatorsAndTheYearTheyLack() {
    let missing = [("5G", 2020), ("Portal", 2023), ("Ladepunkte", 2023), ("E-Autos", 2023)].map { (name: $0.0, year: $0.1) }
    #expect(
      Strings(language: .en).notAttributed("−4.6", missing: missing)
        == "Not attributed (no value in one of the years: 5G in 2020; Portal, Ladepunkte and E-Autos in 2023): −4.6")
    #expect(
      Strings(language: .de).notAttributed("−4,6", missing: Array(missing.prefix(2)))
        == "Nicht zugeordnet (ohne Wert in einem der Jahre: 5G 2020; Portal 2023): −4,6")
    // no indicator missing: the residual is the aggregation's
    #expect(Strings(language: .en).notAttributed("+0.3", missing: []) == "Not attributed (the aggregation is not a weighted sum): +0.3")
  }
}
