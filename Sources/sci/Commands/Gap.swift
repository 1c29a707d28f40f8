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
        the target is the city one rank up; --rank N plans the way into the top N. Only the \
        definition's levers move (its lever column) unless --all-indicators.
        """)

    @Argument(help: "The city that wants to move up.")
    var city: String

    @Option(name: .customLong("to"), help: "The city to move past. (default: the city one rank up)")
    var target: String?

    @Option(help: ArgumentHelp("Plan the way into the top N instead: past the city now at rank N.", valueName: "N"))
    var rank: Int?

    @Flag(help: "Also move indicators the definition marks as no lever (its lever column: a funding decision, say).")
    var allIndicators = false

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

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var output: OutputOptions

    func validate() throws {
      if rank != nil && target != nil { throw ValidationError(.targetTwice) }
    }

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring) }
      let lang = languageOption.lang
      // German tables read German units (`unit_de`); scores do not depend on them.
      let definition = loaded.value.definition.forLanguage(lang)
      let (dataset, options) = (loaded.value.dataset, loaded.value.options)
      let (name, gap, already) = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) -> (String, CityIndex.Gap?, String?) in
        let from = try CityMatching.find(city, in: dataset.cities)
        let wanted = try Scorer.resolveYear(year, definition, dataset, options: options)
        var levers: Set<Int>? = allIndicators ? nil : CityIndex.Gap.levers(of: definition)
        if !only.isEmpty {
          let chosen = try definition.indicatorColumns(under: only, option: "--only")
          levers = levers.map { $0.intersection(chosen) } ?? chosen
        }
        if !exclude.isEmpty {
          let excluded = try definition.indicatorColumns(under: exclude, option: "--exclude")
          levers = (levers ?? Set(definition.indicators.indices)).subtracting(excluded)
        }
        let to: String
        if let target {
          to = try CityMatching.find(target, in: dataset.cities)
          guard from != to else { throw InputErrors([.error(.sameCity(city, target))]) }
        } else if let rank {
          let card = try Scorer.score(definition, dataset, year: wanted, options: options)
          guard let at = try CityIndex.Gap.cityAt(rank: rank, for: from, in: card) else {
            let own = card.rank(of: from) ?? 0
            return (
              from, nil,
              lang == .de
                ? "\(from) ist bereits unter den besten \(rank): Rang \(own) \(wanted).\n"
                : "\(from) is already in the top \(rank): rank \(own) in \(wanted).\n"
            )
          }
          to = at
        } else {
          let card = try Scorer.score(definition, dataset, year: wanted, options: options)
          guard let above = try CityIndex.Gap.cityAbove(from, in: card) else { return (from, nil, nil) }
          to = above
        }
        let gap = try CityIndex.Gap(
          city: from, target: to, definition: definition, dataset: dataset, year: wanted, options: options, levers: levers)
        return (from, gap, nil)
      }
      DiagnosticPrinter.print(loaded.warnings)
      if let already { return writeOutput(already) }
      guard let gap else {
        writeOutput(
          lang == .de
            ? "\(name) führt die Rangliste an: es gibt keine Stadt einen Rang höher.\n"
            : "\(name) leads the ranking: there is no city one rank up to move past.\n")
        return
      }
      let kept = allIndicators ? [] : CityIndex.Gap.notLevers(of: definition)
      try output.deliver(
        [OutputTable.gap(gap, notLevers: kept, rank: rank, language: lang)], provenance: input.provenance(definition, lang))
    }
  }
}
