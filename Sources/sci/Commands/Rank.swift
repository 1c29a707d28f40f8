import ArgumentParser
import CityIndex
import CityIndexReports

extension SCI {
  struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score one year and print the ranking.",
      discussion: """
        --format csv prints `rank,city,score,<id of each area...>,coverage` with numbers in full \
        precision; cities that are not ranked have an empty rank and score. --format xlsx \
        --output FILE writes the same numbers as an Excel workbook (one decimal shown).
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @OptionGroup var output: OutputOptions

    @OptionGroup var languageOption: LanguageOption
    var lang: Language { languageOption.lang }

    @Option(
      help: ArgumentHelp(
        "Also rank within groups: a column of the cities file (state, ...) or size (size class by population); adds group and group_rank.",
        valueName: "column"))
    var rankWithin: String?

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring, onlyYear: year) }
      let scorecard = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) in
        try Scorer.score(loaded.value.definition, loaded.value.dataset, year: year, options: loaded.value.options)
      }
      DiagnosticPrinter.print(loaded.warnings + scorecard.warnings)
      let groups = try reportingInputErrors { () throws(InputErrors) -> CityGroups? in
        guard let column = rankWithin else { return nil }
        return try CityGroups.from(loaded.value.cities, column: column, file: input.cityOptions.path, option: "--rank-within")
      }
      let table = RankingTable(scorecard, groups: groups)
      try output.deliver(
        text: {
          switch output.format {
          case .table: table.text(language: lang)
          case .csv: table.csv()
          case .json: table.json()
          case .markdown, .xlsx: table.markdown(language: lang)
          }
        }, workbook: { RankingWorkbook.ranking(table, language: lang) })
    }
  }
}
