import CityIndex
import Foundation

extension OutputTable {
  /// `city,rank_from,rank_to,rank_change,score_from,score_to,change,compared_share`: ranks and
  /// totals as each year ranked them, the change like for like (points of the index, on the
  /// indicators the city has values of its own for in both years) and the share of the index
  /// those carry. Entering cities have no `rank_from`, leaving ones no `rank_to`. `byMovers`
  /// puts the biggest movers first (for people); otherwise the later year's ranking order, then
  /// entering, then leaving cities.
  public static func comparison(_ comparison: YearComparison, byMovers: Bool, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    let (from, to) = (comparison.fromYear, comparison.toYear)
    let entries =
      byMovers
      ? comparison.movers + comparison.entries.filter { $0.rankChange == nil } : comparison.entries
    let lfl = comparison.isLikeForLike
    var table = OutputTable(
      title: s.comparisonTitle(from: from, to: to, likeForLike: lfl),
      columns: [
        Column("city", header: s.city), Column("rank_from", .integer, header: "\(s.rank) \(from)"),
        Column("rank_to", .integer, header: "\(s.rank) \(to)"), Column("rank_change", .integer, header: s.places),
        Column("score_from", .number, header: "\(s.score) \(from)"), Column("score_to", .number, header: "\(s.score) \(to)"),
        Column("change", .number, header: lfl ? s.changeLikeForLike : s.changeWord),
        Column("compared_share", .fraction, header: s.comparedWord),
      ])
    table.language = language
    table.sheetName = s.sheetChange
    table.rows = entries.map { e in
      let city = e.isEntering ? s.entering(e.city) : e.isLeaving ? s.leaving(e.city) : e.city
      return [
        .text(byMovers ? city : e.city), .integer(e.rankFrom), .integer(e.rankTo), .integer(e.rankChange),
        .number(e.scoreFrom), .number(e.scoreTo), .number(e.change), .number(e.comparedShare),
      ]
    }
    if byMovers { table.notes.append(s.moversFirst) }
    table.notes.append(lfl ? s.comparisonRule(from: from, to: to, scope: comparison.scope) : s.asRankedRule)
    return table
  }

  /// `node,name,level,weight,effective_weight,score_from,score_to,contribution`, siblings by
  /// the size of their effect (largest first).
  ///
  /// - Parameter ranks: the city's rank in each year's ranking, for the title.
  public static func attribution(_ a: Attribution, ranks: (from: Int?, to: Int?)? = nil) -> OutputTable {
    let rankText = ranks.map { r in
      " (rank \(r.from.map(String.init) ?? "–") → \(r.to.map(String.init) ?? "–"))"
    } ?? ""
    var table = OutputTable(
      title: "What changed \(a.city)'s score, \(a.fromYear) → \(a.toYear)\(rankText)",
      columns: [
        Column("node"), Column("name"), Column("level"), Column("weight", .number),
        Column("effective_weight", .fraction, header: "Share"), Column("score_from", .number, header: "\(a.fromYear)"),
        Column("score_to", .number, header: "\(a.toYear)"), Column("contribution", .number, header: "Contribution"),
      ])
    table.rows = a.rowsByEffect.map { r in
      [
        .text(r.node), .text(r.name), .text(r.level), .value(r.weight), .value(r.effectiveWeight), .value(r.scoreFrom),
        .value(r.scoreTo), .value(r.contribution),
      ]
    }
    table.notes = attributionNotes(a)
    return table
  }

  /// What the attribution means, said where it is shown.
  public static func attributionNotes(_ a: Attribution) -> [String] {
    var notes = [
      "Contribution = share of the index × change of the normalised score; the index row is the total change."
    ]
    notes.append(
      a.isExact
        ? "Arithmetic aggregation with complete data: the indicator contributions add up to the total change."
        : "Approximate: missing values or non-arithmetic aggregation; the residual row holds what is not attributed.")
    let missing = a.missingInOneYear
    if !missing.isEmpty {
      let named = Strings(language: .en).missingByYear(missing.map { ($0.name, $0.year) })
      notes.append(
        "No value in one of the years, so no contribution (–): \(named). That year their weight went to the other "
          + "indicators of their groups; the residual row holds the effect.")
    }
    if a.scope == .year {
      notes.append(
        "Scores are normalised per year, so part of a change can come from other cities moving; "
          + "leave out --normalize-over to measure changes on bounds fixed over all years.")
    } else {
      notes.append("Scores are on bounds fixed over all years: a change is the city's own.")
    }
    notes.append("Largest effects first within each level.")
    return notes
  }

  /// `node,name,level,raw,unit,value_year,flag,score,median,peer_median,leader,leader_score`
  /// (`value_year`: the earlier year a value is carried from, else empty; `flag`: `proxy` …).
  ///
  /// - Parameter published: the city's results in a published ranking, under its name: a note.
  public static func profile(
    _ p: Profile, published: (name: String, results: [PublishedResult])? = nil, language: Language = .en
  ) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.profileTitle(p),
      columns: [
        Column("node", header: s.node), Column("name", header: "Name"), Column("level", header: s.levelHeader),
        Column("raw", .raw, header: s.value), Column("unit", header: s.unit),
        Column("value_year", .integer, header: s.ofYearHeader, machineOnly: true),
        Column("value_year_shown", header: s.ofYearHeader, humanOnly: true, notInWorkbook: true), Column("flag", header: s.flagHeader),
        Column("score", .number, header: s.score), Column("median", .number, header: "Median"),
        Column("peer_median", .number, header: s.peers), Column("leader", header: s.leaderHeader),
        Column("leader_score", .number, header: s.bestHeader),
      ])
    table.language = language
    table.sheetName = s.sheetProfile
    table.rows = p.lines.map { l in
      [
        .text(l.id), .text(l.name), .text(s.level(l.level)), .value(l.raw),
        .text(l.unit), .integer(l.valueYear), .text(l.valueYear.map(String.init) ?? ""), .text(l.flag ?? ""), .value(l.score), .value(l.median), .value(l.peerMedian), .text(l.leaderCity), .value(l.leaderScore),
      ]
    }
    table.notes = [
      s.profilePeers(p),
      s.strongestVsMedian + highlights(p.strongest, none: s.noneAboveMedian(p.highlightMargin), language),
      s.weakestVsMedian + highlights(p.weakest, none: s.noneBelowMedian(p.highlightMargin), language),
      history(p, s),
    ]
    if let published {
      let results = published.results.map { r in
        "\(r.year) "
          + [r.rank.map { "#\($0)" + (r.rankDerived ? "*" : "") }, r.total.map { language.number($0, decimals: Strings.decimals($0)) + (r.totalDerived ? "*" : "") }]
          .compactMap { $0 }.joined(separator: " ")
      }
      let derived = published.results.contains { $0.rankDerived || $0.totalDerived }
      table.notes.append(s.profilePublished(published.name, results: results, derived: derived))
    }
    return table
  }

  /// `History: 2020 #15 (48.4; 8 of 9 indicators), 2021 #22 (50.5)`: a year with fewer indicators
  /// with data says how many, and the line then says what that means.
  private static func history(_ p: Profile, _ s: Strings) -> String {
    let l = s.language
    let years = p.history.map { entry in
      let rank = entry.rank.map { "#\($0)" } ?? "–"
      let fewer = entry.indicatorsWithData < p.indicatorCount ? "; " + s.ofIndicators(entry.indicatorsWithData, p.indicatorCount) : ""
      return "\(entry.year) \(rank) (\(l.number(entry.score))\(fewer))"
    }
    let partial = p.history.contains { $0.indicatorsWithData < p.indicatorCount }
    return s.historyWord + ": " + years.joined(separator: ", ") + (partial ? ". " + s.historyNote : "")
  }

  /// `Photovoltaik +51.1; Öffentliche Ladepunkte +51.0`, or `none` when no indicator is far enough
  /// from the median to count.
  private static func highlights(_ lines: [Profile.Line], none: String, _ language: Language = .en) -> String {
    lines.isEmpty ? none : lines.map { "\($0.name) \(language.signed($0.score - $0.median))" }.joined(separator: "; ")
  }

  /// `indicator,name,from,to,points_gained` (and the unit, for people), most efficient first.
  ///
  /// - Parameters:
  ///   - notLevers: indicators left out because the definition says a city cannot act on them.
  ///   - rank: the top N the plan aims into (`gap --rank N`), for the title.
  public static func gap(_ g: Gap, notLevers: [String] = [], rank: Int? = nil, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.gapTitle(g, into: rank),
      columns: [
        Column("indicator", header: s.indicator), Column("name", header: "Name"), Column("from", .raw, header: s.fromWord),
        Column("to", .raw, header: s.toWord), Column("unit", header: s.unit, humanOnly: true),
        Column("step", header: s.stepWord, humanOnly: true), Column("points_gained", .raw, header: s.pointsWord),
        Column("amount", .raw, header: s.amountWord, machineOnly: true),
        Column("reached_by", .integer, header: s.reachedByWord),
      ])
    table.language = language
    table.sheetName = "Plan"
    table.rows = g.steps.map { step in
      [
        .text(step.indicator), .text(step.name), .value(step.from), .value(step.to), .text(step.unit), .text(s.gapStep(step)),
        .value(step.pointsGained), .number(step.amount), .integer(step.reachedBy),
      ]
    }
    table.notes = [s.gapNote(g)]
    if !notLevers.isEmpty { table.notes.append(s.notLeversNote(notLevers)) }
    return table
  }

  private static func two(_ value: Double) -> String { value.isNaN ? "–" : FixedPoint.format(value, decimals: 2) }

  private static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + Decimal1.format(value) }
}
