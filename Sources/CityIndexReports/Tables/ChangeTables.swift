import CityIndex

extension OutputTable {
  /// One city's change like for like:
  /// `node,name,level,status,weight,effective_weight,value_from,value_year_from,flag_from,value_to,value_year_to,flag_to,score_from,score_to,contribution`,
  /// siblings by the size of their contribution (largest first). Only `compared` indicators
  /// carry a contribution, and the index row's is their sum.
  public static func cityChange(_ c: CityChange, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    let (from, to) = (c.fromYear, c.toYear)
    let ranks = "\(c.rankFrom.map(String.init) ?? "–") → \(c.rankTo.map(String.init) ?? "–")"
    let title: String
    switch language {
    case .en: title = "What changed \(c.city)'s score, \(from) → \(to), like for like (rank \(ranks))"
    case .de: title = "Was die Punkte von \(c.city) verändert hat, \(from) → \(to), vergleichbar gemessen (Rang \(ranks))"
    }
    var table = OutputTable(
      title: title,
      columns: [
        Column("node", machineOnly: true), Column("name", header: "Name"),
        Column("level", header: s.levelHeader, machineOnly: true), Column("status", header: "Status"),
        Column("weight", .number, header: s.weight, machineOnly: true),
        Column("effective_weight", .fraction, header: s.shareHeader),
        Column("value_from", .raw, header: "\(s.value) \(from)"), Column("value_year_from", header: s.ofYearHeader),
        Column("flag_from", header: s.flagHeader),
        Column("value_to", .raw, header: "\(s.value) \(to)"), Column("value_year_to", header: s.ofYearHeader),
        Column("flag_to", header: s.flagHeader),
        Column("score_from", .number, header: "\(s.score) \(from)"), Column("score_to", .number, header: "\(s.score) \(to)"),
        Column("contribution", .number, header: s.contributionHeader),
      ])
    table.rows = c.rowsByEffect.map { r in
      [
        .text(r.node), .text(r.name), .text(s.level(r.level)), .text(s.statusLabel(r.status)), .value(r.weight),
        .value(r.multiplier), .value(r.valueFrom), .text(r.valueYearFrom.map(String.init) ?? ""), .text(r.flagFrom ?? ""),
        .value(r.valueTo), .text(r.valueYearTo.map(String.init) ?? ""), .text(r.flagTo ?? ""), .value(r.scoreFrom),
        .value(r.scoreTo), .value(r.contribution),
      ]
    }
    table.notes = cityChangeNotes(c, language: language)
    table.language = language
    table.sheetName = s.sheetChange
    return table
  }

  /// The rule, what is not compared and why, both years as ranked, and the rank change in parts.
  public static func cityChangeNotes(_ c: CityChange, language: Language = .en) -> [String] {
    let s = Strings(language: language)
    let indicators = c.rows.filter { $0.level == .indicator }
    var notes = [
      s.likeForLikeRule(
        city: c.city, compared: c.compared.count, of: indicators.count, from: c.fromYear, to: c.toYear, scope: c.scope)
    ]
    if !c.notCompared.isEmpty { notes.append(s.notCompared(c.notCompared, from: c.fromYear, to: c.toYear)) }
    let withValue = (
      from: indicators.filter { !$0.valueFrom.isNaN }.count, to: indicators.filter { !$0.valueTo.isNaN }.count
    )
    notes.append(s.asRanked(c, indicators: withValue, of: indicators.count))
    if let parts = s.rankParts(c) { notes.append(parts) }
    return notes
  }
}
