import CityIndex

extension OutputTable {
  /// `city,rank,median_rank,rank_p05,rank_p95,probability_first`, in nominal ranking order.
  public static func intervals(_ r: Sensitivity.Result, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.intervalsTitle(r),
      columns: [
        Column("city", header: s.city), Column("rank", .integer, header: s.rank), Column("median_rank", .integer, header: "Median"),
        Column("rank_p05", .integer, header: "5 %"), Column("rank_p95", .integer, header: "95 %"),
        Column("probability_first", .fraction, header: s.probabilityFirst),
      ])
    table.rows = r.intervals.map { i in
      [.text(i.city), .integer(i.rank), .integer(i.medianRank), .integer(i.p05), .integer(i.p95), .number(i.probabilityFirst)]
    }
    table.notes = [s.intervalsNote]
    table.language = language
    table.sheetName = "\(s.sheetIntervals) \(r.year)"
    return table
  }

  /// `factor,name,first_order_index`.
  public static func firstOrder(_ r: Sensitivity.Result, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.firstOrderTitle,
      columns: [
        Column("factor", header: s.factorWord), Column("name", header: "Name"),
        Column("first_order_index", .fraction, header: s.shareOfRankVariance),
      ])
    table.rows = r.firstOrder.map { [.text($0.factor), .text(s.subject($0.subject)), .number($0.index)] }
    table.notes = [s.firstOrderNote(bins: r.bins, bias: Double(r.bins - 1) / Double(max(r.settings.samples - 1, 1)))]
    table.language = language
    table.sheetName = "\(s.sheetFirstOrder) \(r.year)"
    return table
  }

  /// `node,name,city,rank,rank_without,shift` — one row per removed node and city that moves.
  public static func leaveOneOut(_ r: Sensitivity.Result, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.leaveOneOutTitle,
      columns: [
        Column("node", header: s.node), Column("name", header: "Name"), Column("city", header: s.city),
        Column("rank", .integer, header: s.rank), Column("rank_without", .integer, header: s.withoutWord),
        Column("shift", .integer, header: s.shiftWord),
      ])
    for entry in r.leaveOneOut {
      let moved = zip(r.intervals, entry.shifts).filter { $0.1 != 0 }
        .sorted { abs($0.1) != abs($1.1) ? abs($0.1) > abs($1.1) : $0.0.rank < $1.0.rank }
      for (interval, shift) in moved {
        table.rows.append([
          .text(entry.node), .text(entry.name), .text(interval.city), .integer(interval.rank),
          .integer(interval.rank - shift), .integer(shift),
        ])
      }
    }
    table.notes = [s.leaveOneOutNote]
    table.language = language
    table.sheetName = "\(s.sheetLeaveOneOut) \(r.year)"
    return table
  }
}

extension OutputTable {
  /// `city,baseline_rank,variant_rank,shift,baseline_score,variant_score` in the baseline's
  /// order; `shift` is places gained by the variant.
  ///
  /// - Parameters: excluded, options, range: what the variant changes, said in its title.
  public static func whatIf(
    _ w: WhatIf, excluded: [String], options: ScoringOptions, range: String?, language: Language = .en
  ) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.whatIfTitle(s.variant(excluded: excluded, options: options, range: range), year: w.year),
      columns: [
        Column("city", header: s.city), Column("baseline_rank", .integer, header: s.baselineWord),
        Column("variant_rank", .integer, header: s.variantWord), Column("shift", .integer, header: s.shiftWord),
        Column("baseline_score", .number, header: s.score), Column("variant_score", .number, header: s.variantScore),
      ])
    table.rows = w.shifts.map { shift in
      [
        .text(shift.city), .integer(shift.baselineRank), .integer(shift.variantRank), .integer(shift.shift),
        .number(shift.baselineScore), .number(shift.variantScore),
      ]
    }
    table.notes = s.whatIfNotes(w, ranked: w.shifts.filter { $0.shift != nil }.count)
    table.language = language
    table.sheetName = "\(s.sheetWhatIf) \(w.year)"
    return table
  }
}
