import CityIndex

extension OutputTable {
  /// `city,rank,other_rank,rank_difference,other_status,other_source` for the matched cities, by the engine's rank; ρ, τ
  /// and *n* in the notes and in JSON's `summary`, with the cities that could not be matched.
  public static func benchmark(_ b: RankingBenchmark) -> OutputTable {
    let what = b.indicator == "rank" || b.indicator == "total" ? "ranking" : "'\(b.indicator)' ranking"
    let otherYear = b.otherYear == b.year ? "" : " \(b.otherYear)"
    var table = OutputTable(
      title: "The \(b.year) \(what) against \(b.otherFile)\(otherYear)",
      columns: [
        Column("city"), Column("rank", .integer, header: "Rank"), Column("other_rank", .integer, header: "Other rank"),
        Column("rank_difference", .integer, header: "Difference"), Column("other_status", machineOnly: true),
        Column("other_source", machineOnly: true), Column("published_as", header: "Other rank is", humanOnly: true),
      ])
    table.rows = b.pairs.map {
      [
        .text($0.city), .integer($0.rank), .integer($0.otherRank), .integer($0.rankDifference), .text($0.otherStatus), .text($0.otherSource),
        .text($0.otherDerived ? "derived" : $0.otherStatus.isEmpty ? "" : "as published"),
      ]
    }
    table.notes = [
      "Spearman's rho \(correlation(b.spearman)), Kendall's tau-b \(correlation(b.kendall)), n = \(b.n) "
        + "(the cities both rank; ties share ranks)."
    ]
    if !b.otherIsRank {
      table.notes.append(
        "Other rank: the rank of the published '\(b.indicator)' among the \(b.otherCount) cities with a value in \(b.otherYear).")
    }
    table.notes.append("Difference = other rank − rank: positive where this index places the city higher.")
    if !b.unmatched.isEmpty {
      table.notes.append("Not matched (not ranked here): " + b.unmatched.joined(separator: ", "))
    }
    table.summary = [
      ("spearman", .number(b.spearman.isNaN ? nil : b.spearman)), ("kendall_tau_b", .number(b.kendall.isNaN ? nil : b.kendall)),
      ("n", .integer(b.n)), ("year", .integer(b.year)), ("other_year", .integer(b.otherYear)),
      ("indicator", .text(b.indicator)), ("unmatched", .text(b.unmatched.joined(separator: "; "))),
    ]
    return table
  }

  /// `0.62`, `-0.10`, or `–` when undefined.
  private static func correlation(_ value: Double) -> String {
    value.isNaN ? "– (fewer than two cities, or no variation)" : FixedPoint.format(value, decimals: 2)
  }
}
