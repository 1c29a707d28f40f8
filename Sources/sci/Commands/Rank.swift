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
        --output FILE writes the same numbers as an Excel workbook (one decimal shown). \
        With --weights optimised, tables for people end with the weights found and how close they came. \
        With --weights bod, every city is scored with its most favourable weights (a linear programme per \
        city): `rank,city,score,definition_rank,definition_relative,share_<indicator>...`.
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

    @Option(
      help: ArgumentHelp(
        "With --weights bod: bounds on each indicator's share of a city's score, e.g. 0.02,0.4 (as Compind's ci_bod_constr).",
        valueName: "lo,hi"))
    var bodShares: String?

    func validate() throws {
      if bodShares != nil && !scoring.benefitOfTheDoubt { throw ValidationError(.bodSharesWithoutBod) }
      if let bodShares, shareBounds == nil { throw ValidationError(.badRange(bodShares)) }
    }

    var shareBounds: BenefitOfTheDoubt.ShareBounds? {
      guard let parts = bodShares?.split(separator: ",", omittingEmptySubsequences: false).map({ Double($0.trimmingCharacters(in: .whitespaces)) }),
        parts.count == 2, let lower = parts[0], let upper = parts[1]
      else { return nil }
      return .init(lower: lower, upper: upper)
    }

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in
        try input.load(scoring, onlyYear: year, benefitOfTheDoubt: true)
      }
      let scorecard = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) in
        try Scorer.score(loaded.value.definition, loaded.value.dataset, year: year, options: loaded.value.options)
      }
      DiagnosticPrinter.print(loaded.warnings + scorecard.warnings)
      if scoring.benefitOfTheDoubt {
        let bod = try reportingInputErrors { () throws(InputErrors) in try BenefitOfTheDoubt(scorecard, bounds: shareBounds) }
        let table = OutputTable.benefitOfTheDoubt(bod, definition: scorecard.definition, language: lang)
        return try output.deliver([table], provenance: input.provenance(scorecard.definition, lang))
      }
      let fit = scorecard.weightFit.map { OutputTable.weightFit($0, year: scorecard.year, definition: scorecard.definition, language: lang) }
      let groups = try reportingInputErrors { () throws(InputErrors) -> CityGroups? in
        guard let column = rankWithin else { return nil }
        return try CityGroups.from(loaded.value.cities, column: column, file: input.cityOptions.path, option: "--rank-within")
      }
      let table = RankingTable(scorecard, groups: groups)
      try output.deliver(
        text: {
          switch output.format {
          case .table: table.text(language: lang) + (fit.map { "\n" + $0.text() } ?? "")
          case .csv: table.csv()
          case .json: table.json()
          case .markdown, .xlsx: table.markdown(language: lang) + (fit.map { "\n" + $0.markdown() } ?? "")
          }
        }, workbook: { RankingWorkbook.ranking(table, language: lang) })
    }
  }
}
