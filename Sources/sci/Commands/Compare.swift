import ArgumentParser
import CityIndex
import CityIndexReports

extension SCI {
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "How cities moved between two years, what drove one city's change (--city), or how the ranking agrees with a published one (--with).",
      discussion: """
        Changes are like for like: only indicators with values of a city's own in both years count \
        (not carried forward, not across a value flagged break, not entering or leaving the index), \
        on bounds fixed over the two years, in points of the index. \
        --format csv prints city,rank_from,rank_to,rank_change,score_from,score_to,change,compared_share \
        (ranks and scores as each year ranked them; rank_change = rank_from - rank_to, positive = moved up); \
        with --city, node,name,level,status,weight,effective_weight,value_from,value_year_from,flag_from,\
        value_to,value_year_to,flag_to,score_from,score_to,contribution (status: compared, new, dropped, \
        carried, break, missing; only compared rows carry a contribution). \
        With --with FILE (long: city,year,indicator,value, e.g. datasets/bitkom-published.csv), \
        city,rank,other_rank,rank_difference,other_status,other_source for the cities both rank, with Spearman's rho and \
        Kendall's tau-b (rank_difference = other_rank - rank, positive = placed higher here).
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @Option(help: "The earlier year. (default: the year before --to in the data)")
    var from: Int?

    @Option(help: "The later year. (default: the latest year in which every indicator has a value no older than its max_age)")
    var to: Int?

    @Option(help: "Attribute this city's change to areas and indicators.")
    var city: String?

    @Flag(
      help: "The old view: each year on its own indicators, with a residual row for what is not attributed (not like for like).")
    var asRanked = false

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var output: OutputOptions

    @Option(
      help: ArgumentHelp(
        "Compare the ranking of --to (or --year) with a published one: a long file city,year,indicator,value.",
        valueName: "file"))
    var with: String?

    @Option(help: ArgumentHelp("With --with: what to compare, rank, total or an area id.", valueName: "rank|total|area"))
    var indicator: String = "rank"

    @Option(help: ArgumentHelp("With --with: the published year to compare with. (default: the same year)", valueName: "year"))
    var otherYear: Int?

    @Option(help: "With --with: the year of this index's ranking (the same as --to).")
    var year: Int?

    @Flag(
      help: """
        With --with: agreement in every published year with ranks, overall and per area, each against this index's \
        ranking of that year (else of its latest earlier year).
        """)
    var everyYear = false

    func validate() throws {
      if with == nil && (otherYear != nil || year != nil || indicator != "rank" || everyYear) {
        throw ValidationError(.withOnlyOptions)
      }
      if with != nil && (from != nil || city != nil) {
        throw ValidationError(.withTakesNoFromOrCity)
      }
      if let year, let to, year != to { throw ValidationError(.yearAndToDisagree(year: year, to: to)) }
      if everyYear && (otherYear != nil || year != nil || to != nil || indicator != "rank") {
        throw ValidationError(.everyYearTakesNoYear)
      }
    }

    /// Tables for people list the biggest movers first.
    var forPeople: Bool { output.format == .table || output.format == .markdown }

    func run() throws {
      if let with { return try benchmark(with) }
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring) }
      let (definition, dataset, options) = (loaded.value.definition, loaded.value.dataset, loaded.value.options)
      let result = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) -> (OutputTable, [Diagnostic]) in
        let later = try Scorer.resolveYear(to, definition, dataset, options: options)
        guard let earlier = from ?? dataset.years.last(where: { $0 < later }) else {
          throw InputErrors([.error(.noYearBefore(later, years: dataset.years))])
        }
        // Ranks are each year's ranking; changes are measured like for like, on bounds fixed over
        // the two years (unless --normalize-over says otherwise).
        let before = try Scorer.score(definition, dataset, year: earlier, options: options)
        let after = try Scorer.score(definition, dataset, year: later, options: options)
        let warnings = before.warnings + after.warnings
        let name = try city.map { city throws(InputErrors) in
          try CityMatching.find(city, in: before.cities + after.cities + dataset.cities)
        }
        if asRanked {
          let changeOptions = scoring.changeOptions(options)
          guard let name else {
            return (OutputTable.comparison(YearComparison(from: before, to: after), byMovers: forPeople), warnings)
          }
          let attribution = try Attribution(
            city: name, from: try Scorer.score(definition, dataset, year: earlier, options: changeOptions),
            to: try Scorer.score(definition, dataset, year: later, options: changeOptions))
          return (OutputTable.attribution(attribution, ranks: (before.rank(of: name), after.rank(of: name))), warnings)
        }
        let comparison = try LikeForLike(
          definition, dataset, from: earlier, to: later, options: options, scope: scoring.changeScope,
          ranked: (before, after))
        let lang = languageOption.lang
        guard let name else {
          return (OutputTable.comparison(YearComparison(comparison), byMovers: forPeople, language: lang), warnings)
        }
        return (OutputTable.cityChange(try CityChange(city: name, in: comparison), language: lang), warnings)
      }
      DiagnosticPrinter.print(loaded.warnings + result.1)
      try output.deliver([result.0], provenance: input.provenance(loaded.value.definition, languageOption.lang))
    }

    /// `--with`: one year's ranking against a published one.
    func benchmark(_ file: String) throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring) }
      let (definition, dataset, options) = (loaded.value.definition, loaded.value.dataset, loaded.value.options)
      let (table, warnings) = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) -> (OutputTable, [Diagnostic]) in
        let published = try PublishedValuesLoader.load(path: file)
        if everyYear {
          let cards = try dataset.years.map { year throws(InputErrors) in try Scorer.score(definition, dataset, year: year, options: options) }
          let agreement = PublishedAgreement(cards, with: published.value)
          return (OutputTable.agreement(agreement, file: file), published.warnings + cards.flatMap(\.warnings))
        }
        let card = try Scorer.score(definition, dataset, year: year ?? to, options: options)
        let result = try RankingBenchmark(card, with: published.value, indicator: indicator, otherYear: otherYear)
        return (OutputTable.benchmark(result), published.warnings + card.warnings)
      }
      DiagnosticPrinter.print(loaded.warnings + warnings)
      try output.deliver([table], provenance: input.provenance(loaded.value.definition, languageOption.lang))
    }
  }
}
