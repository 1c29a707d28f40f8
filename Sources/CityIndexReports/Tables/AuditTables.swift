import CityIndex

extension OutputTable {
  /// `indicator,name,parent,coverage,min,max,mean,sd,skewness,kurtosis,outliers,r_parent,r_index,flags`.
  public static func auditIndicators(_ audit: Audit) -> OutputTable {
    var table = OutputTable(
      title: "Indicators \(audit.year)",
      columns: [
        Column("indicator"), Column("name", humanOnly: true), Column("parent"),
        Column("coverage", .fraction, header: "Coverage"), Column("min", .raw), Column("max", .raw), Column("mean", .raw),
        Column("sd", .raw), Column("skewness", .raw, header: "Skew"), Column("kurtosis", .raw, header: "Kurt"),
        Column("outliers", header: "Outliers"), Column("r_parent", .raw, header: "r parent"),
        Column("r_index", .raw, header: "r index"), Column("flags", header: "Flags"),
      ])
    table.rows = audit.indicators.map { i in
      let named = i.outliers.prefix(3).joined(separator: "; ") + (i.outliers.count > 3 ? " +\(i.outliers.count - 3)" : "")
      return [
        .text(i.id), .text(i.name), .text(i.parent), .value(i.coverage), .value(i.moments.min), .value(i.moments.max),
        .value(i.moments.mean), .value(i.moments.standardDeviation), .value(i.moments.skewness),
        .value(i.moments.kurtosis), .text(named), .value(i.correlationWithParent), .value(i.correlationWithIndex),
        .text(i.flags.joined(separator: "; ")),
      ]
    }
    table.notes = [
      "Raw values after denominators; skewness and kurtosis are the sample-adjusted G1 and G2 (spreadsheet SKEW, KURT).",
      "Outliers: beyond 1.5 interquartile ranges outside the quartiles. r: Pearson correlation of the normalised score "
        + "with the parent's and the index's score.",
      "Flags: negative or weak (|r| < 0.2) correlation with the parent; skewed (|skew| > 2 and kurtosis > 3.5); "
        + "low coverage (< 65 %).",
    ]
    return table
  }

  /// `group,name,children,cronbach_alpha,pc1_share,complete_cities`.
  public static func auditGroups(_ audit: Audit) -> OutputTable {
    var table = OutputTable(
      title: "Groups \(audit.year)",
      columns: [
        Column("group"), Column("name"), Column("children", .integer, header: "Children"),
        Column("cronbach_alpha", .raw, header: "Cronbach's α"), Column("pc1_share", .fraction, header: "PC1 explains"),
        Column("complete_cities", .integer, header: "Cities"),
      ])
    table.rows = audit.groups.map { g in
      [
        .text(g.id), .text(g.name), .integer(g.children), .value(g.cronbachAlpha), .value(g.firstComponentShare),
        .integer(g.completeCities),
      ]
    }
    table.notes = [
      "Over the children's scores of the cities with every child scored. An alpha of 0.7 or more is usually read as a "
        + "consistent group; a first principal component that explains much of the variance means the children measure one thing."
    ]
    return table
  }

  /// `first,second,correlation,same_group`.
  public static func auditPairs(_ audit: Audit) -> OutputTable {
    var table = OutputTable(
      title: "Redundant pairs \(audit.year)",
      columns: [
        Column("first"), Column("second"), Column("correlation", .raw, header: "r"),
        Column("same_group", header: "Same group"),
      ])
    table.rows = audit.redundantPairs.map { p in
      [.text(p.first), .text(p.second), .value(p.correlation), .text(p.sameGroup ? "yes" : "no")]
    }
    table.notes = [
      audit.redundantPairs.isEmpty
        ? "No two indicators correlate above \(Audit.redundantCorrelation) in absolute value."
        : "Indicators correlating above \(Audit.redundantCorrelation) in absolute value: one of each pair may count twice."
    ]
    return table
  }
}

extension OutputTable {
  /// `indicator,city,change,from,to`: every raw value imputation filled or treatment changed.
  public static func adjustedValues(_ card: Scorecard) -> OutputTable {
    var table = OutputTable(
      title: "Imputed and treated values \(card.year)",
      columns: [
        Column("indicator"), Column("city"), Column("change", header: "Change"), Column("from", .raw, header: "From"),
        Column("to", .raw, header: "To"),
      ])
    table.rows = card.adjustedValues.map { value in
      let change: String
      switch value.change {
      case .imputed(_, let year?): change = "carried from \(year)"
      case .imputed(_, nil): change = "imputed (\(card.options.missing.rawValue))"
      case .winsorized: change = "winsorised"
      case .logTransformed: change = "log-transformed"
      }
      return [.text(value.indicator), .text(value.city), .text(change), .number(value.from), .value(value.to)]
    }
    table.notes = [
      table.rows.isEmpty
        ? "No value was imputed or treated (see --missing and --treat)."
        : "Values used for normalisation instead of the raw ones; `from` is the raw value where there was one."
    ]
    return table
  }
}
