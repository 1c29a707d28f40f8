import ArgumentParser
import CityIndex
import CityIndexReports
import Foundation

extension Sensitivity.LeaveOneOutLevel: ExpressibleByArgument {}

extension SCI {
  struct Sensitivity: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "How sure is the ranking? Monte Carlo over the weights (and methods): rank intervals.",
      discussion: """
        --format csv prints city,rank,median_rank,rank_p05,rank_p95,probability_first (--part \
        intervals), or the leave-one-out or first-order table (--part leave-one-out|first-order). \
        Seeded SplitMix64 per sample: the same seed gives the same output on any number of threads.
        """)

    enum Part: String, CaseIterable, ExpressibleByArgument {
      case all, intervals
      case leaveOneOut = "leave-one-out"
      case firstOrder = "first-order"
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Option(help: "Number of Monte Carlo samples.")
    var samples: Int = 1000

    @Option(help: "Seed of the random draws.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Each weight is multiplied by a factor drawn from [1-U, 1+U].", valueName: "U"))
    var uncertainty: Double = 0.25

    @Flag(help: "Also draw the normalisation (minmax, zscore, percentile) and aggregation (arithmetic, geometric where defined).")
    var methods = false

    @Option(help: "What leave-one-out removes: areas, indicators.")
    var leaveOneOut: CityIndex.Sensitivity.LeaveOneOutLevel = .areas

    @Option(help: "Worker threads. (default: every core)")
    var threads: Int?

    @Option(help: "Which tables to print: all, intervals, leave-one-out, first-order (csv prints one; all means intervals).")
    var part: Part = .all

    @OptionGroup var output: OutputOptions
    @OptionGroup var languageOption: LanguageOption
    var lang: Language { languageOption.lang }

    func validate() throws {
      guard samples >= 1 else { throw ValidationError(.optionAtLeast("--samples", 1)) }
      guard (0...1).contains(uncertainty) else { throw ValidationError(.optionBetweenZeroAndOne("--uncertainty", got: nil)) }
      if let threads, threads < 1 { throw ValidationError(.optionAtLeast("--threads", 1)) }
    }

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring) }
      let settings = CityIndex.Sensitivity.Settings(
        samples: samples, seed: seed, uncertainty: uncertainty, varyMethods: methods, threads: threads,
        firstOrder: part == .firstOrder || (part == .all && output.format != .csv))
      let bar = ProgressBar(enabled: samples >= 2000)
      let result = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) in
        try CityIndex.Sensitivity.run(
          loaded.value.definition, loaded.value.dataset, year: year, options: loaded.value.options, settings: settings,
          leaveOut: leaveOneOut, progress: bar.update)
      }
      bar.finish()
      DiagnosticPrinter.print(loaded.warnings)
      let tables: [OutputTable]
      switch (part, output.format) {
      case (.all, .csv), (.intervals, _): tables = [.intervals(result, language: lang)]
      case (.all, _): tables = [.intervals(result, language: lang), .leaveOneOut(result, language: lang), .firstOrder(result, language: lang)]
      case (.leaveOneOut, _): tables = [.leaveOneOut(result, language: lang)]
      case (.firstOrder, _): tables = [.firstOrder(result, language: lang)]
      }
      try output.deliver(tables, provenance: input.provenance(loaded.value.definition, lang))
    }
  }
}
