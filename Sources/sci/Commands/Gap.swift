import ArgumentParser
import CityIndex
import CityIndexReports

extension SCI {
  struct Gap: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "What it would take for a city to move past another: the fewest improvements, re-scored.",
      discussion: """
        --format csv prints indicator,name,from,to,points_gained (from/to are raw values in the \
        indicator's unit). Each improvement goes at most to the best value any city reached and \
        never past the indicator's natural bounds; whole-number indicators (yes/no, counts) move \
        in whole steps; the plan ends with the city at least 0.01 points ahead. Without --to, \
        the target is the city one rank up.
        """)

    @Argument(help: "The city that wants to move up.")
    var city: String

    @Option(name: .customLong("to"), help: "The city to move past. (default: the city one rank up)")
    var target: String?

    @Option(
      parsing: .upToNextOption,
      help: ArgumentHelp("Levers the city does not control: indicators or whole areas to leave out.", valueName: "id"))
    var exclude: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Only these indicators or areas may move.", valueName: "id"))
    var only: [String] = []

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @OptionGroup var output: OutputOptions

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring) }
      let (definition, dataset, options) = (loaded.value.definition, loaded.value.dataset, loaded.value.options)
      let (name, gap) = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) -> (String, CityIndex.Gap?) in
        let from = try CityMatching.find(city, in: dataset.cities)
        let wanted = try Scorer.resolveYear(year, definition, dataset, options: options)
        var levers: Set<Int>?
        if !only.isEmpty { levers = try definition.indicatorColumns(under: only, option: "--only") }
        if !exclude.isEmpty {
          let excluded = try definition.indicatorColumns(under: exclude, option: "--exclude")
          levers = (levers ?? Set(definition.indicators.indices)).subtracting(excluded)
        }
        let to: String
        if let target {
          to = try CityMatching.find(target, in: dataset.cities)
          guard from != to else { throw InputErrors([.error("'\(city)' and '\(target)' are the same city")]) }
        } else {
          let card = try Scorer.score(definition, dataset, year: wanted, options: options)
          guard let above = try CityIndex.Gap.cityAbove(from, in: card) else { return (from, nil) }
          to = above
        }
        let gap = try CityIndex.Gap(
          city: from, target: to, definition: definition, dataset: dataset, year: wanted, options: options, levers: levers)
        return (from, gap)
      }
      DiagnosticPrinter.print(loaded.warnings)
      guard let gap else {
        writeOutput("\(name) leads the ranking: there is no city one rank up to move past.\n")
        return
      }
      try output.deliver([OutputTable.gap(gap)])
    }
  }
}
