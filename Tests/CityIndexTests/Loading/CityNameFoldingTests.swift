import Testing

@testable import CityIndex

/// One city, one name (issue 25): a data file's spellings are read as the cities file's names.
@Suite struct CityNameFoldingTests {
  let index = "id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\n"
  let names = CityNames(names: ["München", "Frankfurt am Main"], aliases: ["Frankfurt am Main": ["Frankfurt a. M."]])

  func load(_ csv: String, names: CityNames?) throws -> Loaded<Dataset> {
    let folder = try TemporaryFolder()
    return try DatasetLoader.load(paths: [folder.write("data.csv", csv)], definition: try definition(index), names: names)
  }

  @Test func twoSpellingsOfOneCityAreOneCityWithOneWarning() throws {
    let loaded = try load("city,year,indicator,value\nMünchen,2023,x,1\nMuenchen,2024,x,2\nMuenchen,2023,y,5\n", names: names)
    #expect(loaded.value.cities == ["München"])
    #expect(loaded.value.values(for: 2023)?[0, 1] == 5)
    #expect(loaded.warnings.map(\.description).map { $0.hasSuffix("data.csv:3:1: warning: city 'Muenchen' is read as 'München' (the cities file's name)") } == [true])
  }

  @Test func aCityGivenTwiceUnderTwoSpellingsIsADuplicateNamingBothLines() throws {
    let errors = diagnostics { _ = try load("city,year,indicator,value\nMünchen,2023,x,1\nMUENCHEN,2023,x,2\n", names: names) }
      .filter { $0.severity == .error }
    #expect(errors.map { $0.description.hasSuffix("data.csv:3:4: duplicate value for (München, 2023, x): first given on line 2") } == [true])
  }

  @Test func anAliasAndOnlyTheOfficialNameInOutputs() throws {
    let loaded = try load("city,year,indicator,value\nFrankfurt a. M.,2023,x,1\nfrankfurt-am-main,2023,y,2\n", names: names)
    #expect(loaded.value.cities == ["Frankfurt am Main"])
    #expect(loaded.warnings.count == 2)  // each spelling once
  }

  @Test func withoutACitiesFileTheDataItselfDecidesByItsFirstSpelling() throws {
    let loaded = try load("city,year,indicator,value\nMuenchen,2023,x,1\nMünchen,2023,y,2\n", names: nil)
    #expect(loaded.value.cities == ["Muenchen"])
    #expect(loaded.warnings.map { $0.description.hasSuffix("data.csv:3:1: warning: city 'München' is read as 'Muenchen' (as the data first writes it)") } == [true])
    // in a wide file too: the second spelling's x is the first one's
    let errors = diagnostics { _ = try load("city,year,x\nMuenchen,2023,1\nMünchen,2023,2\n", names: nil) }.filter { $0.severity == .error }
    #expect(errors.map { $0.description.hasSuffix("data.csv:3:3: duplicate value for (Muenchen, 2023, x): first given on line 2") } == [true])
  }
}
