import CityIndex
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

  @Test func aRankChangeInPartsReadsInBothLanguages() {
    let parts = CityChange.RankParts(ownComparable: 0, ownNotComparable: -31, composition: -6, others: -8)
    #expect(
      Strings(language: .en).rankParts(parts, from: 18, to: 63)
        == "Rank 18 → 63 (−45 places): 0 from its own comparable change, −31 from its values that do not compare, "
        + "−6 from indicators entering the index, −8 from other cities' values (the later year re-ranked with each part put back as it was).")
    #expect(Strings(language: .de).rankParts(parts, from: 18, to: 63).hasPrefix("Rang 18 → 63 (−45 Plätze): 0 aus der eigenen vergleichbaren Änderung"))
    // every status has its words in both languages
    // every status has its own words in each language
    for language in Language.allCases {
      let s = Strings(language: language)
      #expect(Set(ComparisonStatus.allCases.map(s.statusLabel)).count == ComparisonStatus.allCases.count)
    }
    #expect(Strings(language: .de).status(.break, from: 2020, to: 2021) == "Methodenwechsel der Quelle")
    #expect(Strings(language: .en).status(.new, from: 2020, to: 2021) == "new: no values in 2020")
  }
}
