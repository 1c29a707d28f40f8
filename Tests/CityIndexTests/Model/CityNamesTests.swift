import Testing

@testable import CityIndex

@Suite struct CityNamesTests {
  @Test func foldingIgnoresCaseSpacesHyphensAndWritesUmlautsOut() {
    // each pair: how people type it, and the key both spellings share
    for (spelling, key) in [
      ("München", "muenchen"), ("Muenchen", "muenchen"), ("MÜNCHEN", "muenchen"), ("Mün-chen", "muenchen"),
      ("Halle (Saale)", "hallesaale"), ("Frankfurt a. M.", "frankfurtam"), ("Gießen", "giessen"), ("Neuss", "neuss"),
    ] {
      #expect(CityNames.fold(spelling) == key, "\(spelling)")
    }
    // an accent other than an umlaut is dropped, but ü is not u: Munchen is not München
    #expect(CityNames.fold("Évry") == "evry")
    #expect(CityNames.fold("Munchen") != CityNames.fold("München"))
  }

  @Test func aSpellingOrAnAliasNamesTheOfficialCity() {
    let names = CityNames(
      names: ["München", "Frankfurt am Main", "Halle (Saale)"],
      aliases: ["Frankfurt am Main": ["Frankfurt (Main)", "Frankfurt a. M."], "München": ["Munich"]])
    #expect(names.official(for: "München") == "München")
    #expect(names.official(for: "muenchen") == "München")
    #expect(names.official(for: "Munich") == "München")
    #expect(names.official(for: "Frankfurt (Main)") == "Frankfurt am Main")
    #expect(names.official(for: "frankfurt a.m.") == "Frankfurt am Main")
    #expect(names.official(for: "FRANKFURT-AM-MAIN") == "Frankfurt am Main")
    #expect(names.official(for: "Halle") == nil)  // not a spelling of Halle (Saale): a did-you-mean's job
    #expect(names.official(for: "Nürnburg") == nil)
  }

  @Test func aSpellingTwoCitiesShareNamesNeither() {
    // two files' cities that fold alike: only the exact names count
    let names = CityNames(names: ["Neustadt", "NEUSTADT"])
    #expect(names.official(for: "Neustadt") == "Neustadt" && names.official(for: "NEUSTADT") == "NEUSTADT")
    #expect(names.official(for: "neustadt") == nil)
  }

  @Test func theCitiesFilesAliasesColumnIsSplitAtSemicolonsAndBars() {
    let table = CityTable(cities: ["Frankfurt am Main", "Köln"], columns: ["aliases"], rows: [["Frankfurt (Main); Frankfurt a. M."], ["Cologne|Koeln"]])
    let names = CityNames(table)
    #expect(names.official(for: "Frankfurt a. M.") == "Frankfurt am Main")
    #expect(names.official(for: "Cologne") == "Köln")
  }
}
