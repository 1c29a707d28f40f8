import Testing

@testable import CityIndex

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
}

@Suite struct LocaleLanguageTests {
  @Test(arguments: [
    (["LANG": "de_DE.UTF-8"], Language.de),
    (["LANG": "de_AT"], .de),
    (["LANG": "de"], .de),
    (["LANG": "en_GB.UTF-8"], .en),
    (["LANG": "C.UTF-8"], .en),
    ([:], .en),
    // LC_ALL before LC_MESSAGES before LANG; an empty one does not count
    (["LC_ALL": "C", "LANG": "de_DE.UTF-8"], .en),
    (["LC_MESSAGES": "de_CH.UTF-8", "LANG": "en_US.UTF-8"], .de),
    (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "de_DE"], .de),
  ])
  func theLocaleChoosesAsCommandLineToolsDo(environment: [String: String], expected: Language) {
    #expect(Language.of(environment: environment) == expected)
  }
}
