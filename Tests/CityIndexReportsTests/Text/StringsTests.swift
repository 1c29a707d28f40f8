import CityIndex
import Testing

@testable import CityIndexReports

@Suite struct StringsTests {
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
