import ArgumentParser
import CityIndex
import CityIndexReports

extension SCI {
  struct Versus: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Two cities head to head: every area and indicator side by side, and where the gap between them comes from.",
      discussion: """
        For the year: both totals, ranks and plausible ranks; per area and indicator both raw values \
        (with their year and flag), both scores, who leads, and the points each contributes to the \
        gap (its share of the index times the score difference), adding up to the gap; where only one \
        city has a value, the other's own score of the group above stands in, as the index scores a \
        missing value. With --from, how \
        the gap changed like for like (the rule of compare) and both ranks in every year between. \
        --format csv prints node,name,level,value_a,value_year_a,flag_a,value_b,value_year_b,flag_b,\
        score_a,score_b,stand_in_a,stand_in_b,difference,leader,effective_weight,contribution (difference and contribution \
        positive where the first city leads); with --from, then node,name,level,status_a,status_b,\
        gap_from,gap_to,change and year,rank_a,rank_b, each after an empty line.
        """)

    @Argument(help: "The first city (any case; umlauts and accents optional).")
    var a: String

    @Argument(help: "The second city.")
    var b: String

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Option(help: ArgumentHelp("Also how the gap changed since this year, like for like, and both ranks in every year between.", valueName: "year"))
    var from: Int?

    @Option(help: ArgumentHelp("Plausible ranks from this many Monte Carlo samples (0: none).", valueName: "N"))
    var sensitivity: Int = 1000

    @Option(help: "Seed of the Monte Carlo.")
    var seed: UInt64 = 1

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var output: OutputOptions
    @OptionGroup var benchmark: BenchmarkOptions
    @OptionGroup var publishedIndex: PublishedIndexOption

    func validate() throws {
      guard sensitivity >= 0 else { throw ValidationError(.optionAtLeast("--sensitivity", 0)) }
    }

    func run() throws {
      let lang = languageOption.lang
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring) }
      // German tables read German units (`unit_de`); scores do not depend on them.
      let definition = loaded.value.definition.forLanguage(lang)
      let (dataset, options) = (loaded.value.dataset, loaded.value.options)
      let published = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) in try benchmark.load(input) }
      let (tables, warnings) = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) -> ([OutputTable], [Diagnostic]) in
        let (cityA, cityB) = (try CityMatching.find(a, in: dataset.cities), try CityMatching.find(b, in: dataset.cities))
        let wanted = try Scorer.resolveYear(year, definition, dataset, options: options)
        let cards = try Scorer.scoreEveryYear(definition, dataset, options: options)
        guard let card = cards.first(where: { $0.year == wanted }) else { throw InputErrors([]) }
        let duel = try HeadToHead(card, dataset, a: cityA, b: cityB)
        var intervals: [String: CityIndex.Sensitivity.RankInterval] = [:]
        if sensitivity > 0 {
          let result = try CityIndex.Sensitivity.run(
            definition, dataset, year: wanted, options: options, settings: .init(samples: sensitivity, seed: seed, firstOrder: false))
          for interval in result.intervals where interval.city == cityA || interval.city == cityB { intervals[interval.city] = interval }
        }
        let shown = try published.map { loaded throws(InputErrors) in
          let index = try publishedIndex.load(with: benchmark.file(input))
          return (HeadToHead.Published(loaded.value, duel: duel, definition: card.definition, index: index), name: benchmark.name(input))
        }
        var tables = [OutputTable.headToHead(duel, language: lang, intervals: intervals, published: shown)]
        if let from {
          let change = try LikeForLike(
            definition, dataset, from: from, to: wanted, options: options, scope: scoring.changeScope,
            ranked: (try Scorer.score(definition, dataset, year: from, options: options), card))
          let gap = try HeadToHead.change(change, a: cityA, b: cityB, years: cards)
          tables += [OutputTable.gapChange(gap, language: lang), OutputTable.duelRanks(gap, language: lang)]
        }
        return (tables, card.warnings + (published?.warnings ?? []))
      }
      DiagnosticPrinter.print(loaded.warnings + warnings)
      try output.deliver(tables, provenance: input.provenance(loaded.value.definition, lang))
    }
  }
}
