import ArgumentParser
import CityIndex
import CityIndexReports
import Foundation

extension SCI {
  struct Brief: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "One page for a council: a city's rank, its change like for like, its peers and a plan toward a chosen rank.",
      discussion: """
        Writes <out>/<slug>.html and <out>/<slug>.md: rank and score with plausible ranks, what \
        changed since the previous year like for like and why, the strengths and weaknesses \
        against its peers, a re-scored plan into the top --rank (levers only; default top 20, top \
        10 or first place), the value years and every credit line. The HTML prints on one A4 page.
        """)

    @Argument(help: "The city (any case; umlauts and accents optional).")
    var city: String

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @OptionGroup var yearOption: YearOption

    @Option(help: ArgumentHelp("The plan aims into the top N. (default: 20, 10 or 1, the next above the city)", valueName: "N"))
    var rank: Int?

    @Option(help: ArgumentHelp("Plausible ranks from this many Monte Carlo samples (0: none).", valueName: "N"))
    var sensitivity: Int = 1000

    @Option(help: ArgumentHelp("The folder to write the brief into.", valueName: "folder"))
    var out: String = "briefs"

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var benchmark: BenchmarkOptions

    func validate() throws {
      guard sensitivity >= 0 else { throw ValidationError(.optionAtLeast("--sensitivity", 0)) }
      if let rank, rank < 1 { throw ValidationError(.optionAtLeast("--rank", 1)) }
    }

    func run() throws {
      let lang = languageOption.lang
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring) }
      let (definition, dataset, options) = (loaded.value.definition, loaded.value.dataset, loaded.value.options)
      let madeOn = SCI.Report.today()
      let brief = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) -> CouncilBrief in
        let name = try CityMatching.find(city, in: dataset.cities)
        let cards = try Scorer.scoreEveryYear(definition, dataset, options: options)
        let year = try Scorer.resolveYear(yearOption.year, definition, dataset, options: options)
        let monteCarlo =
          sensitivity > 0
          ? try CityIndex.Sensitivity.run(
            definition, dataset, year: year, options: options, settings: .init(samples: sensitivity, firstOrder: false)) : nil
        let published = try benchmark.load(input)?.value
        guard
          let report = ReportBuilder.build(
            definition: definition, dataset: dataset, scorecards: cards, year: year, language: lang,
            provenance: Provenance(commandLine: "", inputs: [], madeOn: madeOn), peers: loaded.value.cities.map { (.state, $0) },
            sensitivity: monteCarlo, published: published.map { ($0, benchmark.name(input)) }, cities: loaded.value.cities,
            briefs: false),
          let profile = report.profiles.first(where: { $0.city == name })
        else { throw InputErrors([.error(.noScores(city: name, year: year))]) }
        return try CouncilBrief.make(
          profile, definition: definition.forLanguage(lang), dataset: dataset, options: options,
          top: rank, madeOn: madeOn)
      }
      DiagnosticPrinter.print(loaded.warnings)
      let base = out + "/" + brief.slug
      do {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      } catch {
        DiagnosticPrinter.print([.error(.cannotCreateFolder(reason: FileWriting.reason(error)), at: SourceLocation(file: out))])
        throw ExitCode(1)
      }
      do {
        try FileWriting.replace(base + ".html", with: HTMLBrief.render(brief))
        try FileWriting.replace(base + ".md", with: MarkdownBrief.render(brief))
      } catch {
        DiagnosticPrinter.print([error.diagnostic])
        throw ExitCode(1)
      }
      writeOutput(CommandLines(language: languageOption.lang).briefWritten(base) + "\n")
    }
  }
}
