import CityIndex

extension OutputTable {
  /// `indicator,name,parent,coverage,min,max,mean,sd,skewness,kurtosis,outliers,r_parent,r_index,flags`.
  public static func auditIndicators(_ audit: Audit, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.auditIndicatorsTitle(audit.year),
      columns: [
        Column("indicator", header: s.indicator), Column("name", humanOnly: true), Column("parent", header: s.parentWord),
        Column("coverage", .fraction, header: s.coverageShort), Column("min", .raw), Column("max", .raw), Column("mean", .raw, header: s.meanHeader),
        Column("sd", .raw, header: s.sdHeader), Column("skewness", .raw, header: s.skew), Column("kurtosis", .raw, header: s.kurtosis),
        Column("outliers", header: s.outliers), Column("r_parent", .raw, header: s.rParent),
        Column("r_index", .raw, header: s.rIndex), Column("flags", header: s.flagsWord),
      ])
    table.rows = audit.indicators.map { i in
      let named = i.outliers.prefix(3).joined(separator: "; ") + (i.outliers.count > 3 ? " +\(i.outliers.count - 3)" : "")
      return [
        .text(i.id), .text(i.name), .text(i.parent), .value(i.coverage), .value(i.moments.min), .value(i.moments.max),
        .value(i.moments.mean), .value(i.moments.standardDeviation), .value(i.moments.skewness),
        .value(i.moments.kurtosis), .text(named), .value(i.correlationWithParent), .value(i.correlationWithIndex),
        .text(i.flags.map(s.flagWord).joined(separator: "; ")),
      ]
    }
    table.notes = s.auditIndicatorNotes
    table.language = language
    table.sheetName = "\(s.sheetIndicatorsAudit) \(audit.year)"
    return table
  }

  /// `group,name,children,cronbach_alpha,pc1_share,complete_cities`.
  public static func auditGroups(_ audit: Audit, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.auditGroupsTitle(audit.year),
      columns: [
        Column("group", header: s.parentWord), Column("name", header: "Name"), Column("children", .integer, header: s.childrenWord),
        Column("cronbach_alpha", .raw, header: s.cronbach), Column("pc1_share", .fraction, header: s.pc1Explains),
        Column("complete_cities", .integer, header: s.citiesWord),
      ])
    table.rows = audit.groups.map { g in
      [
        .text(g.id), .text(g.name), .integer(g.children), .value(g.cronbachAlpha), .value(g.firstComponentShare),
        .integer(g.completeCities),
      ]
    }
    table.notes = [s.auditGroupsNote]
    table.language = language
    table.sheetName = "\(s.sheetGroups) \(audit.year)"
    return table
  }

  /// `first,second,correlation,same_group`.
  public static func auditPairs(_ audit: Audit, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.auditPairsTitle(audit.year),
      columns: [
        Column("first", header: s.firstWord), Column("second", header: s.secondWord), Column("correlation", .raw, header: "r"),
        Column("same_group", header: s.sameGroup),
      ])
    table.rows = audit.redundantPairs.map { p in
      [.text(p.first), .text(p.second), .value(p.correlation), .text(s.yesNo(p.sameGroup))]
    }
    table.notes = [s.auditPairsNote(none: audit.redundantPairs.isEmpty, threshold: Audit.redundantCorrelation)]
    table.language = language
    table.sheetName = "\(s.sheetPairs) \(audit.year)"
    return table
  }
}

extension OutputTable {
  /// `indicator,city,change,from,to`: every raw value imputation filled or treatment changed.
  public static func adjustedValues(_ card: Scorecard, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.adjustedTitle(card.year),
      columns: [
        Column("indicator", header: s.indicator), Column("city", header: s.city), Column("change", header: s.changeWord),
        Column("from", .raw, header: s.fromWord), Column("to", .raw, header: s.toWord),
      ])
    table.rows = card.adjustedValues.map { value in
      let change: String
      switch value.change {
      case .imputed(_, let year?): change = s.carriedFrom(year)
      case .imputed(_, nil): change = s.imputedWith(card.options.missing.rawValue)
      case .winsorized: change = s.winsorised
      case .logTransformed: change = s.logTransformed
      }
      return [.text(value.indicator), .text(value.city), .text(change), .number(value.from), .value(value.to)]
    }
    table.notes = [s.adjustedNote(none: table.rows.isEmpty)]
    table.language = language
    table.sheetName = "\(s.sheetAdjusted) \(card.year)"
    return table
  }
}

extension OutputTable {
  /// `node,level,area,nominal_share,effective_share,ratio,r_index,first_order,cities`: each
  /// area's, then each indicator's share of the index by weight and by measured influence.
  public static func auditImportance(_ importance: Importance, language: Language = .en) -> OutputTable {
    let s = Strings(language: language)
    var table = OutputTable(
      title: s.importanceTitle(importance.year),
      columns: [
        Column("node", header: s.importanceNode), Column("name", humanOnly: true), Column("level", header: s.levelHeader),
        Column("area", header: s.area), Column("nominal_share", .fraction, header: s.nominalShare),
        Column("effective_share", .fraction, header: s.effectiveShare), Column("ratio", .raw, header: s.shareRatio),
        Column("r_index", .raw, header: s.rIndex), Column("first_order", .raw, header: s.firstOrderHeader),
        Column("cities", .integer, header: s.citiesWord),
      ])
    table.rows = (importance.areas + importance.indicators).map { share in
      [
        .text(share.id), .text(share.name), .text(s.level(share.level)), .text(share.area), .value(share.nominal),
        .value(share.effective), .value(share.ratio), .value(share.correlation), .value(share.firstOrder), .integer(share.cities),
      ]
    }
    table.notes = s.importanceNotes
    table.language = language
    table.sheetName = "\(s.sheetImportance) \(importance.year)"
    return table
  }
}
