import ArgumentParser
import CityIndex
import CityIndexReports

extension SCI {
  struct Gap: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "What it would take for a city to move past another: the fewest improvements, re-scored.",
      discussion: """
        --format csv prints indicator,name,from,to,points_gained (from/to are raw values in the \
        indicator's unit). Each improvement goes at most to the best value any city reached.
        """)

    @Argument(help: "The city that wants to move up.")
    var city: String

    @Option(name: .customLong("to"), help: "The city to move past.")
    var target: String

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @Option(help: "The year. (default: the latest year in which every indicator has a value no older than its max_age)")
    var year: Int?

    @Option(help: "Output format: table, csv, json, markdown.")
    var format: OutputFormat = .table

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring) }
      let (definition, dataset, options) = (loaded.value.definition, loaded.value.dataset, loaded.value.options)
      let gap = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) in
        let from = try CityMatching.find(city, in: dataset.cities)
        let to = try CityMatching.find(target, in: dataset.cities)
        guard from != to else { throw InputErrors([.error("'\(city)' and '\(target)' are the same city")]) }
        let wanted = try Scorer.resolveYear(year, definition, dataset, options: options)
        return try CityIndex.Gap(
          city: from, target: to, definition: definition, dataset: dataset, year: wanted, options: options)
      }
      DiagnosticPrinter.print(loaded.warnings)
      writeOutput(format.render(OutputTable.gap(gap)))
    }
  }
}
