import ArgumentParser
import CityIndex
import CityIndexReports

extension SCI {
  struct WhatIf: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "whatif",
      abstract: "Score the baseline and a variant, and show how every city's rank shifts.",
      discussion: """
        The baseline is the index as defined, scored with the default methods. The variant is the \
        same data scored with the options given here: --exclude drops indicators or whole groups, \
        --weights, --normalization, --aggregation, --missing, --treat, --range change the methods. \
        --format csv prints `city,baseline_rank,variant_rank,shift,baseline_score,variant_score` \
        (shift = places gained by the variant).
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @Option(help: ArgumentHelp("Leave out an indicator or group (repeat for several).", valueName: "id"))
    var exclude: [String] = []

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @OptionGroup var output: OutputOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load() }
      let (definition, dataset, cities) = (loaded.value.definition, loaded.value.dataset, loaded.value.cities)
      let (whatIf, warnings) = try reportingInputErrors(after: loaded.warnings) {
        () throws(InputErrors) -> (CityIndex.WhatIf, [Diagnostic]) in
        let baseline = try Scorer.score(definition, dataset, year: year)
        let resolved = try InputPipeline.resolve(input.request(scoring), definition, cities: cities)
        let variantDefinition = exclude.isEmpty ? resolved.value.definition : try resolved.value.definition.excluding(exclude)
        let variantData =
          exclude.isEmpty ? dataset : dataset.selectingIndicators(variantDefinition.indicators.map(\.id))
        let variant = try Scorer.score(variantDefinition, variantData, year: baseline.year, options: resolved.value.options)
        return (CityIndex.WhatIf(baseline: baseline, variant: variant), resolved.warnings + baseline.warnings + variant.warnings)
      }
      DiagnosticPrinter.print(loaded.warnings + warnings)
      try output.deliver([
        OutputTable.whatIf(
          whatIf, excluded: exclude, options: scoring.options, range: scoring.range, language: languageOption.lang)
      ], provenance: input.provenance(definition, languageOption.lang))
    }
  }
}
