import ArgumentParser
import CityIndex
import CityIndexReports

extension SCI {
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "How cities moved between two years, and (with --city) what drove one city's change.",
      discussion: """
        --format csv prints city,rank_from,rank_to,rank_change,score_from,score_to,score_change \
        (rank_change = rank_from - rank_to, positive = moved up); with --city, \
        node,name,level,weight,effective_weight,score_from,score_to,contribution. Scores normalised \
        per year move when other cities move: use --normalize-over panel to compare years.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @Option(help: "The earlier year. (default: the year before --to in the data)")
    var from: Int?

    @Option(help: "The later year. (default: the latest year in the data)")
    var to: Int?

    @Option(help: "Attribute this city's change to areas and indicators.")
    var city: String?

    @Option(help: "Output format: table, csv, json, markdown.")
    var format: OutputFormat = .table

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring) }
      let (definition, dataset, options) = (loaded.value.definition, loaded.value.dataset, loaded.value.options)
      let result = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) -> (OutputTable, [Diagnostic]) in
        let later = to ?? dataset.years.last ?? 0
        guard let earlier = from ?? dataset.years.last(where: { $0 < later }) else {
          throw InputErrors([.error("no year before \(later) in the data to compare with (years: \(yearList(dataset.years)))")])
        }
        let before = try Scorer.score(definition, dataset, year: earlier, options: options)
        let after = try Scorer.score(definition, dataset, year: later, options: options)
        let warnings = before.warnings + after.warnings
        guard let city else {
          return (OutputTable.comparison(YearComparison(from: before, to: after), byMovers: format == .table || format == .markdown), warnings)
        }
        let name = try CityMatching.find(city, in: before.cities + after.cities + dataset.cities)
        return (OutputTable.attribution(try Attribution(city: name, from: before, to: after)), warnings)
      }
      DiagnosticPrinter.print(loaded.warnings + result.1)
      writeOutput(format.render(result.0))
    }
  }
}
