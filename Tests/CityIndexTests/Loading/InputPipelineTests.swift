import Testing

@testable import CityIndex

/// The library's one entry point, used without the command line (issue 25).
@Suite struct InputPipelineTests {
  func request(cities: [String] = [shipped("datasets/cities.csv"), shipped("datasets/population.csv")]) -> InputRequest {
    InputRequest(index: shipped("indicators/open-smart-city-index.csv"), data: [shipped("datasets/open-data.csv")], cities: cities)
  }

  @Test func loadsTheShippedDefaultDenominatedWithOfficialNames() throws {
    let loaded = try InputPipeline.load(request())
    let inputs = loaded.value
    #expect(inputs.dataset.cities.count == 80)
    #expect(inputs.cities?.cities.count == 80)
    // Hamburg's 2021 photovoltaics: kW × 1000 ÷ its 2021 population, as users run it
    let row = try #require(inputs.dataset.row(of: "Hamburg"))
    let column = try #require(inputs.dataset.indicators.firstIndex(of: "pv_installed_kw"))
    let people = try #require(inputs.cities?.number("population", of: "Hamburg", year: 2021))
    let raw = try DatasetLoader.load(paths: [shipped("datasets/open-data.csv")], definition: inputs.definition).value
    let kW = try #require(raw.values(for: 2021)?[row, column])
    #expect(inputs.dataset.values(for: 2021)?[row, column] == kW * 1000 / people)
    // nothing the data spells differently from the cities file (issue 25's figure: none)
    #expect(!loaded.warnings.contains { $0.message.contains("is read as") })
    let card = try Scorer.score(inputs.definition, inputs.dataset, options: inputs.options)
    #expect(card.year == 2021 && card.rank(of: "Berlin") == 1 && card.rank(of: "Hamburg") == 2)
  }

  @Test func withoutACitiesFileNamesGoUncheckedAndSaySo() throws {
    let plain = InputRequest(index: try fixture("good/index.csv"), data: [try fixture("good/clean.csv")])
    let loaded = try InputPipeline.load(plain)
    #expect(loaded.warnings.filter { $0.message.hasPrefix("no cities file") }.count == 1)
    // validate's strictness: an error, unless there is no list on purpose
    var strict = plain
    strict.strictCities = true
    #expect(diagnostics { _ = try InputPipeline.load(strict) }.contains { $0.message.hasPrefix("no cities file") })
    strict.noCities = true
    let quiet = try InputPipeline.load(strict)
    #expect(!quiet.warnings.contains { $0.message.hasPrefix("no cities file") })
  }

  @Test func aMisspeltCityIsCaughtWhereTheCitiesFileIsFound() throws {
    let folder = try TemporaryFolder()
    let data = try folder.write("daten.csv", "city,year,indicator,value\nNürnburg,2021,mpsc_funded,1\n")
    var strict = request()
    strict.data = [data]
    strict.strictCities = true
    let errors = diagnostics { _ = try InputPipeline.load(strict) }
    #expect(errors.contains { $0.message.contains("city 'Nürnburg' is not in") && $0.message.contains("did you mean 'Nürnberg'") })
  }
}
