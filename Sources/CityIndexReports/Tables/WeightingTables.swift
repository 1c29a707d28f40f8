import CityIndex

extension OutputTable {
  /// `rank,city,score,definition_rank,definition_relative,<share of each indicator>`: every
  /// ranked city scored with the weights most favourable to it (``BenefitOfTheDoubt``).
  public static func benefitOfTheDoubt(_ bod: BenefitOfTheDoubt, definition: IndexDefinition, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.bodTitle(bod.year),
      columns: [
        Column("rank", .integer, header: s.rank), Column("city", header: s.city), Column("score", .number, header: s.score),
        Column("definition_rank", .integer, header: s.definitionRank),
        Column("definition_relative", .number, header: s.definitionRelative),
      ] + bod.indicators.map { Column("share_\($0)", .fraction, header: definition[$0]?.name ?? $0) })
    table.rows = bod.cities.map { city in
      [
        .integer(city.rank), .text(city.city), .value(city.score), .integer(city.definitionRank),
        .value(city.definitionRelative),
      ] + city.shares.map { .value($0) }
    }
    table.notes = s.bodNotes(bounds: bod.bounds.map { ($0.lower, $0.upper) })
    table.language = language
    table.sheetName = "\(s.sheetBod) \(bod.year)"
    return table
  }

  /// `indicator,intended_share,effective_before,weight,effective_after`: what `--weights
  /// optimised` found and how close it came.
  public static func weightFit(_ fit: OptimisedWeights.Fit, year: Int, definition: IndexDefinition, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.fitTitle(year),
      columns: [
        Column("indicator", header: s.indicator), Column("name", humanOnly: true),
        Column("intended_share", .fraction, header: s.nominalShare), Column("effective_before", .fraction, header: s.effectiveBefore),
        Column("weight", .fraction, header: s.weightFound), Column("effective_after", .fraction, header: s.effectiveAfter),
      ])
    table.rows = fit.indicators.indices.map { i in
      [
        .text(fit.indicators[i]), .text(definition[fit.indicators[i]]?.name ?? ""), .value(fit.targets[i]), .value(fit.before[i]),
        .value(fit.weights[i]), .value(fit.after[i]),
      ]
    }
    table.notes = s.fitNotes(fit)
    table.language = language
    table.sheetName = "\(s.sheetFit) \(year)"
    return table
  }
}
