import Testing

@testable import CityIndex

/// The files the repository ships load, validate and say what they are.
@Suite struct ShippedDataTests {
  @Test func theIndexHasBitkomsFiveAreasAnd37Indicators() throws {
    let definition = try DefinitionLoader.load(path: shipped("indicators/smart-city-index.csv"))
    #expect(definition.warnings.isEmpty)
    let index = definition.value
    #expect(index.areas.map(\.name) == [
      "Verwaltung", "IT und Kommunikation", "Energie und Umwelt", "Mobilität", "Gesellschaft und Bildung",
    ])
    #expect(Set(index.areas.map(\.weight)) == [1])  // equal area weights, Bitkom's published method
    #expect(index.leaves.count == 37)
    for indicator in index.indicators {
      #expect(!indicator.unit.isEmpty, "\(indicator.id) has a unit")
      #expect(!indicator.description.isEmpty, "\(indicator.id) has a description")
      #expect(!indicator.source.isEmpty, "\(indicator.id) has a source")
      #expect(index.depth[try #require(index.index(of: indicator.id))] == 2)
    }
  }

  @Test func theCitiesAreThe80WithAtLeast100000Inhabitants() throws {
    let cities = try CityTableLoader.load(path: shipped("datasets/cities.csv")).value
    #expect(cities.cities.count == 80)
    #expect(cities.columns == ["state", "population", "latitude", "longitude", "area_km2", "credit", "ags", "kreisfrei"])
    for city in cities.cities {
      #expect((cities.number("population", of: city) ?? 0) >= 100_000, "\(city)")
      #expect(cities.text("state", of: city) != nil)
    }
    #expect(cities.number("population", of: "München") == 1_488_202)
  }

  @Test func theSimulatedDataCoversEveryCityFrom2021To2025() throws {
    let definition = try DefinitionLoader.load(path: shipped("indicators/smart-city-index.csv")).value
    let loaded = try DatasetLoader.load(paths: [shipped("datasets/smart-city-simulated.csv")], definition: definition)
    #expect(loaded.warnings.isEmpty)
    let cities = try CityTableLoader.load(path: shipped("datasets/cities.csv")).value
    #expect(loaded.value.cities == cities.cities)
    #expect(loaded.value.years == Array(2021...2025))
    let card = try Scorer.score(definition, loaded.value)
    #expect(card.year == 2025)
    #expect(card.cities.count + card.notRanked.count == 80)
  }

  @Test func thePublishedResultsLoadAgainstTheirOwnDefinition() throws {
    let definition = try DefinitionLoader.load(path: shipped("indicators/bitkom-published.csv")).value
    let data = try DatasetLoader.load(paths: [shipped("datasets/bitkom-published.csv")], definition: definition).value
    #expect(data.years == Array(2019...2025))
  }
}
