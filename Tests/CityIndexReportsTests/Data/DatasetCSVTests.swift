import CityIndex
import Foundation
import Testing

@testable import CityIndexReports

@Suite struct DatasetCSVTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test func writesOneRowPerCityAndYearWithMissingValuesEmpty() {
    var data = Dataset(indicators: ["a", "b"])
    let bonn = data.addCity("Bonn")
    let city = data.addCity("Frankfurt, Main")
    data.setValue(3, city: bonn, year: 2022, indicator: 0)
    data.setValue(12.5, city: city, year: 2023, indicator: 1)
    data.setValue(.nan, city: bonn, year: 2023, indicator: 0)
    #expect(DatasetCSV.wide(data, source: "simulated") == """
      city,year,a,b,source
      Bonn,2022,3,,simulated
      Bonn,2023,,,simulated
      "Frankfurt, Main",2023,,12.5,simulated

      """)
  }

  /// The committed `datasets/smart-city-simulated.csv` is exactly what `sci simulate` makes
  /// with its defaults (seed 2023, 2021–2025, 1.5 % missing) from the committed inputs.
  @Test func theShippedSimulatedFileIsTheGeneratorsOutput() throws {
    let path = { (name: String) in Self.root.appendingPathComponent(name).path }
    let definition = try DefinitionLoader.load(path: path("indicators/smart-city-index.csv")).value
    let cities = try SimulationCities.from(
      CityTableLoader.load(path: path("datasets/cities.csv")).value, file: "datasets/cities.csv")
    let simulator = try Simulator(definition: definition, cities: cities, years: 2021...2025, seed: 2023)
    let generated = DatasetCSV.wide(simulator.dataset(), source: "simulated: sci simulate --seed 2023")
    let committed = try String(contentsOfFile: path("datasets/smart-city-simulated.csv"), encoding: .utf8)
    #expect(generated == committed, "run `make data` and commit datasets/smart-city-simulated.csv")
  }
}
