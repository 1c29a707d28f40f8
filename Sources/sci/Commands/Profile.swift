import ArgumentParser
import CityIndex
import CityIndexReports

extension SCI {
  struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "One city against the median, the leader and its peers, with its history.")

    @Argument(help: "The city (any case; umlauts and accents optional).")
    var city: String

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Option(help: "Peer group: state, size, all.")
    var peers: PeerKind = .state

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var output: OutputOptions

    @OptionGroup var benchmark: BenchmarkOptions

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring) }
      let lang = languageOption.lang
      // German tables read German units (`unit_de`); scores do not depend on them.
      let definition = loaded.value.definition.forLanguage(lang)
      let (dataset, options) = (loaded.value.dataset, loaded.value.options)
      let (profile, warnings) = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) in
        let name = try CityMatching.find(city, in: dataset.cities)
        let cards = try Scorer.scoreEveryYear(definition, dataset, options: options)
        let wanted = try Scorer.resolveYear(year, definition, dataset, options: options)
        guard let card = cards.first(where: { $0.year == wanted }) else { throw InputErrors([]) }
        let group = try PeerGroup.of(
          name, kind: peers, table: loaded.value.cities, file: input.cityOptions.path, among: card.rankingOrder.map { card.cities[$0] })
        let profile = CityIndex.Profile(city: name, scorecard: card, history: cards, dataset: dataset, peers: group)
        return (profile, card.warnings)
      }
      let published = try reportingInputErrors { () throws(InputErrors) in try benchmark.load(input) }
      DiagnosticPrinter.print(loaded.warnings + warnings + (published?.warnings ?? []))
      let results = published.map { PublishedResult.of(profile.city, in: $0.value) } ?? []
      let shown: (name: String, results: [PublishedResult])? = published == nil ? nil : (benchmark.name(input), results)
      try output.deliver(
        [OutputTable.profile(profile, published: shown, language: lang)], provenance: input.provenance(loaded.value.definition, lang))
    }
  }
}
