import ArgumentParser
import CityIndex
import CityIndexReports

extension SCI {
  struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "The statistical audit: indicator distributions and outliers, nominal and effective shares, correlations, Cronbach's alpha, principal components.",
      discussion: """
        table and markdown print all three parts; csv and json print the one named by --part \
        (indicators: `indicator,parent,coverage,min,max,mean,sd,skewness,kurtosis,outliers,r_parent,r_index,flags`; \
        importance: `node,level,area,nominal_share,effective_share,ratio,r_index,first_order,cities`, each area's and \
        indicator's share of the index by weight and by measured influence (first-order effect r squared, Paruolo et al. 2013); \
        groups: `group,name,children,cronbach_alpha,pc1_share,complete_cities`; pairs: `first,second,correlation,same_group`; \
        values: `indicator,city,change,from,to`, every value imputation or --treat changed).
        """)

    enum Part: String, CaseIterable, ExpressibleByArgument { case all, indicators, importance, groups, pairs, values }

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringFlags

    @OptionGroup var yearOption: YearOption
    var year: Int? { yearOption.year }

    @Option(help: "Which part: all, indicators, importance, groups, pairs, values. (csv and json: indicators when all)")
    var part: Part = .all

    @OptionGroup var output: OutputOptions
    @OptionGroup var languageOption: LanguageOption
    var lang: Language { languageOption.lang }

    func run() throws {
      let loaded = try reportingInputErrors { () throws(InputErrors) in try input.load(scoring) }
      let card = try reportingInputErrors(after: loaded.warnings) { () throws(InputErrors) in
        try Scorer.score(loaded.value.definition, loaded.value.dataset, year: year, options: loaded.value.options)
      }
      DiagnosticPrinter.print(loaded.warnings + card.warnings)
      let audit = CityIndex.Audit(card, dataset: loaded.value.dataset)
      let tables: [Part: OutputTable] = [
        .indicators: .auditIndicators(audit, language: lang), .groups: .auditGroups(audit, language: lang),
        .pairs: .auditPairs(audit, language: lang), .importance: .auditImportance(Importance(card), language: lang),
        .values: .adjustedValues(card, language: lang),
      ]
      let machine = output.format == .csv || output.format == .json
      let parts: [Part] = part != .all ? [part] : machine ? [.indicators] : [.indicators, .importance, .groups, .pairs, .values]
      try output.deliver(parts.compactMap { tables[$0] }, provenance: input.provenance(loaded.value.definition, lang))
    }
  }
}
