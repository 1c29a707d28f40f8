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

extension OutputTable {
  /// `published_year,data_year,part,n,spearman,kendall`: per published year with ranks, the
  /// overall ranking (`part` rank) and each area with published scores against this index.
  public static func agreement(_ a: PublishedAgreement, file: String) -> OutputTable {
    var table = OutputTable(
      title: "Agreement with \(file), every published year",
      columns: [
        Column("published_year", .integer, header: "Published"), Column("data_year", .integer, header: "Data of"),
        Column("part", header: "Ranking"), Column("n", .integer, header: "n"),
        Column("spearman", .raw, header: "Spearman's rho"), Column("kendall", .raw, header: "Kendall's tau-b"),
      ])
    for year in a.years {
      let parts = (year.overall.map { [("rank", $0)] } ?? []) + year.areas.map { ($0.id, $0.benchmark) }
      for (part, b) in parts {
        table.rows.append([
          .integer(year.publishedYear), .integer(year.dataYear), .text(part), .integer(b.n), .value(b.spearman), .value(b.kendall),
        ])
      }
    }
    table.notes = [
      "Each published year against this index's ranking of the same year, else of its latest earlier year (Data of).",
      "rank: the overall ranking; an area id: the ranking by that area's score, among the cities the publication gives it for "
        + "(areas with at least \(PublishedAgreement.minimumCities) such cities).",
    ]
    if let mean = a.meanSpearman {
      table.notes.append("Mean overall rho over the \(a.years.count) years: \(FixedPoint.format(mean, decimals: 2)).")
    }
    return table
  }
}
