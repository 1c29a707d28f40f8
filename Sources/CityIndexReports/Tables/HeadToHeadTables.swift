import CityIndex

extension OutputTable {
  /// `sci versus A B`: `node,name,level,value_a,value_year_a,flag_a,value_b,value_year_b,flag_b,`
  /// `score_a,score_b,stand_in_a,stand_in_b,difference,leader,effective_weight,contribution`, the
  /// index first, then the hierarchy; people read each value with its unit and year in one column
  /// per city. `stand_in_a` is the score counted for A where only B has a value (A's own score of
  /// the group above), so that every contribution is `effective_weight × (score or stand-in of A −
  /// that of B)`. The notes say who leads and why, both ranks, the rule, and what a publication
  /// says.
  ///
  /// - Parameters:
  ///   - intervals: plausible ranks of the year, when a Monte Carlo ran.
  ///   - published: what a publication says about the duel, and its name.
  public static func headToHead(
    _ d: HeadToHead, language: Language = .en, intervals: [String: Sensitivity.RankInterval] = [:],
    published: (HeadToHead.Published, name: String)? = nil
  ) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.duelTitle(d),
      columns: [
        Column("node", header: s.node, machineOnly: true), Column("name", header: "Name", machineOnly: true),
        Column("shown_name", header: "Name", humanOnly: true, notInWorkbook: true),
        Column("level", header: s.levelHeader, machineOnly: true),
        Column("shown_a", header: d.a.city, humanOnly: true, notInWorkbook: true),
        Column("shown_b", header: d.b.city, humanOnly: true, notInWorkbook: true),
        Column("value_a", .raw, header: "\(s.value) \(d.a.city)", machineOnly: true),
        Column("value_year_a", .integer, header: s.ofYearHeader, machineOnly: true), Column("flag_a", header: s.flagHeader, machineOnly: true),
        Column("value_b", .raw, header: "\(s.value) \(d.b.city)", machineOnly: true),
        Column("value_year_b", .integer, header: s.ofYearHeader, machineOnly: true), Column("flag_b", header: s.flagHeader, machineOnly: true),
        Column("score_a", .number, header: "\(s.score) \(d.a.city)"), Column("score_b", .number, header: "\(s.score) \(d.b.city)"),
        Column("stand_in_a", .number, header: s.standInHeader(d.a.city), machineOnly: true),
        Column("stand_in_b", .number, header: s.standInHeader(d.b.city), machineOnly: true),
        Column("difference", .number, header: "±"), Column("leader", header: s.leadsHeader, machineOnly: true),
        Column("shown_leader", header: s.leadsHeader, humanOnly: true, notInWorkbook: true),
        Column("effective_weight", .fraction, header: s.shareHeader),
        Column("contribution", .number, header: s.pointsOfTheGap),
      ])
    table.rows = d.rows.map { r in
      let isIndicator = r.level == .indicator
      // The unit once, beside the name; the values bare (yes/no in words).
      let yesNo = Strings.isYesNo(r.unit)
      func shown(_ value: Double, _ year: Int?, _ flag: String?) -> String {
        isIndicator ? s.changeValue(value, year: year, flag: flag, unit: yesNo ? r.unit : "", scoredYear: d.year) : ""
      }
      let name = isIndicator && !yesNo && !r.unit.isEmpty ? "\(r.name) (\(r.unit))" : r.name
      return [
        .text(r.node), .text(r.name), .text(String(repeating: "  ", count: max(0, r.depth - 1)) + name), .text(s.level(r.level)),
        .text(s.standIn(shown(r.valueA, r.yearA, r.flagA), r.standInA)),
        .text(s.standIn(shown(r.valueB, r.yearB, r.flagB), r.standInB)),
        .value(r.valueA), .integer(r.yearA), .text(r.flagA ?? ""), .value(r.valueB), .integer(r.yearB), .text(r.flagB ?? ""),
        .value(r.scoreA), .value(r.scoreB), .value(r.standInA), .value(r.standInB), .value(r.difference), .text(Strings(language: .en).leads(r, d)),
        .text(s.leads(r, d)), .value(r.multiplier),
        .value(r.contribution),
      ]
    }
    table.language = language
    table.sheetName = s.sheetDuel
    table.notes = [
      s.duelSentence(d), s.duelSide(d.a, of: d.rankedCount, interval: intervals[d.a.city]),
      s.duelSide(d.b, of: d.rankedCount, interval: intervals[d.b.city]),
    ] + s.duelNotes(d)
    if let (p, name) = published { table.notes += s.duelPublished(p, d, name: name) }
    table.summary = [
      ("year", .integer(d.year)), ("city_a", .text(d.a.city)), ("city_b", .text(d.b.city)), ("rank_a", .integer(d.a.rank)),
      ("rank_b", .integer(d.b.rank)), ("ranked", .integer(d.rankedCount)), ("total_a", .value(d.a.total)),
      ("total_b", .value(d.b.total)), ("gap", .value(d.gap)), ("unattributed", .value(d.unattributed)),
      ("rank_p05_a", .integer(intervals[d.a.city]?.p05)), ("rank_p95_a", .integer(intervals[d.a.city]?.p95)),
      ("rank_p05_b", .integer(intervals[d.b.city]?.p05)), ("rank_p95_b", .integer(intervals[d.b.city]?.p95)),
      ("published_rank_a", .integer(published?.0.ranks?.a)), ("published_rank_b", .integer(published?.0.ranks?.b)),
    ]
    return table
  }

  /// `sci versus A B --from Y0`: `node,name,level,status_a,status_b,gap_from,gap_to,change` —
  /// each node's points of the gap in both years on what both measure for both, like for like.
  public static func gapChange(_ c: HeadToHead.Change, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.gapChangeTitle(c),
      columns: [
        Column("node", header: s.node, machineOnly: true), Column("name", header: "Name", machineOnly: true),
        Column("shown_name", header: "Name", humanOnly: true, notInWorkbook: true),
        Column("level", header: s.levelHeader, machineOnly: true),
        Column("status_a", header: "Status \(c.a)", machineOnly: true), Column("status_b", header: "Status \(c.b)", machineOnly: true),
        Column("shown_status_a", header: "Status \(c.a)", humanOnly: true, notInWorkbook: true),
        Column("shown_status_b", header: "Status \(c.b)", humanOnly: true, notInWorkbook: true),
        Column("gap_from", .number, header: s.gapInYear(c.fromYear)),
        Column("gap_to", .number, header: s.gapInYear(c.toYear)),
        Column("change", .number, header: s.changeWord),
      ])
    table.rows = c.rows.map { r in
      [
        .text(r.node), .text(r.name), .text(String(repeating: "  ", count: max(0, r.depth - 1)) + r.name), .text(s.level(r.level)),
        .text(r.statusA.rawValue), .text(r.statusB.rawValue), .text(s.statusLabel(r.statusA)), .text(s.statusLabel(r.statusB)),
        .value(r.from), .value(r.to), .value(r.change),
      ]
    }
    table.language = language
    table.sheetName = s.sheetGap
    table.notes = [s.gapChangeSentence(c)]
    let notCompared = c.notCompared.map(\.name)
    if !notCompared.isEmpty {
      switch language {
      case .en: table.notes.append("Not compared for both, so not counted as change: \(s.list(notCompared)).")
      case .de: table.notes.append("Nicht für beide vergleichbar, daher nicht als Veränderung gezählt: \(s.list(notCompared)).")
      }
    }
    table.summary = [
      ("from", .integer(c.fromYear)), ("to", .integer(c.toYear)), ("gap_from", .value(c.gapFrom)), ("gap_to", .value(c.gapTo)),
      ("change", .value(c.gapChange)), ("compared_share", .value(c.coverage)), ("ranked_gap_from", .value(c.rankedGapFrom)),
      ("ranked_gap_to", .value(c.rankedGapTo)),
    ]
    return table
  }

  /// Both cities' rank in every year from the earlier to the later: `year,rank_a,rank_b`.
  public static func duelRanks(_ c: HeadToHead.Change, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.ranksTitle(c),
      columns: [Column("year", .integer, header: s.year), Column("rank_a", .integer, header: c.a), Column("rank_b", .integer, header: c.b)])
    table.rows = c.ranks.map { [.integer($0.year), .integer($0.a), .integer($0.b)] }
    table.language = language
    table.sheetName = s.sheetRanks
    return table
  }
}
