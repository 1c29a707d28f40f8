import ArgumentParser
import CityIndex
import CityIndexReports

extension SCI {
  struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score one year and print the ranking.",
      discussion: """
        --format csv prints `rank,city,score,<id of each area…>,coverage` with numbers in full \
        precision; cities that are not ranked have an empty rank and score.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @Option(help: "The year to score. (default: the latest year in the data)")
    var year: Int?

    @Option(help: "Output format: table, csv, json, markdown.")
    var format: OutputFormat = .table

    func run() throws {
      // One year scored against its own bounds needs no other year's rows.
      let only: Set<Int>? = year.flatMap { scoring.normalizeOver == .year ? [$0] : nil }
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(years: only) }
      let scorecard = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) in
        try Scorer.score(loaded.value.definition, loaded.value.dataset, year: year, options: scoring.options)
      }
      DiagnosticPrinter.print(loaded.warnings + scorecard.warnings)
      let table = RankingTable(scorecard)
      switch format {
      case .table: writeOutput(table.text())
      case .csv: writeOutput(table.csv())
      case .json: writeOutput(table.json())
      case .markdown: writeOutput(table.markdown())
      }
    }
  }
}
