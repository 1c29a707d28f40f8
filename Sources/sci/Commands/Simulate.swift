import ArgumentParser
import CityIndex
import CityIndexReports

extension SCI {
  struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write simulated indicator values for the cities (seeded, reproducible).",
      discussion: """
        Values are drawn from each indicator's sim_kind, sim_low, sim_high and sim_trend columns \
        in the index definition; every row says "simulated" in its source column. They are not \
        measurements. The shipped datasets/smart-city-simulated.csv is `sci simulate --out \
        datasets/smart-city-simulated.csv` with the defaults below.
        """)

    @Option(help: ArgumentHelp("The index definition (CSV).", valueName: "file"))
    var index: String = InputOptions.simulatedIndex

    @Option(help: ArgumentHelp("City metadata with `city` and `population` columns.", valueName: "file"))
    var cities: String = "datasets/cities.csv"

    @Option(help: "First year to simulate.")
    var from: Int = 2021

    @Option(help: "Last year to simulate.")
    var to: Int = 2025

    @OptionGroup var languageOption: LanguageOption

    @Option(help: "Seed of the random draws; the same seed gives the same file.")
    var seed: UInt64 = 2023

    @Option(help: ArgumentHelp("Share of values left missing.", valueName: "0..1"))
    var missingRate: Double = 0.015

    @Option(help: ArgumentHelp("Write here instead of to standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
      guard from <= to else { throw ValidationError(.fromAfterTo(from: from, to: to)) }
      guard (0...1).contains(missingRate) else { throw ValidationError(.optionBetweenZeroAndOne("--missing-rate", got: nil)) }
    }

    func run() throws {
      let (simulator, warnings) = try reportingInputErrors { () throws(InputErrors) in
        let definition = try DefinitionLoader.load(path: index)
        let table = try CityTableLoader.load(path: cities)
        let list = try SimulationCities.from(table.value, file: cities)
        let simulator = try Simulator(
          definition: definition.value, cities: list, years: from...to, seed: seed, missingRate: missingRate)
        return (simulator, definition.warnings + table.warnings)
      }
      DiagnosticPrinter.print(warnings)
      let csv = DatasetCSV.wide(simulator.dataset(), source: "simulated: sci simulate --seed \(seed)")
      try writeResult(csv, to: out)
    }
  }
}
