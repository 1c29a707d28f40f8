import CityIndex

/// The workbooks `sci` writes: the ranking of `sci rank --format xlsx`, and the report's
/// `ranking.xlsx` (ranking, change, indicators, method). Numbers are the same numbers the CSV
/// output holds, unrounded; only their format shows one decimal.
public enum RankingWorkbook {
  /// `sci rank --format xlsx`: the ranking as a list (rank, city, total, areas, coverage and the
  /// columns the CSV has), and where the values come from when some were carried or flagged.
  public static func ranking(_ table: RankingTable, language: Language = .en) -> Workbook {
    let s = Strings(language: language)
    var columns = [Workbook.Column(s.rank, .integer), .init(s.city), .init(s.total, .oneDecimal)]
    columns += table.areas.map { Workbook.Column($0.name, .oneDecimal) }
    columns.append(.init(s.coverageShort, .percent))
    if let group = table.groupColumn { columns += [.init(group), .init(s.rankIn(group), .integer)] }
    let counts: [(Bool, String, KeyPath<RankingTable.Row, Int>)] = [
      (table.showsImputed, s.imputed, \.imputed), (table.showsTreated, s.treated, \.treated),
      (table.showsCarried, s.carriedShort, \.carried), (table.showsFlagged, s.flaggedValues, \.flagged),
    ].filter(\.0)
    columns += counts.map { Workbook.Column($0.1, .integer) }
    let anyNotRanked = table.rows.contains { $0.rank == nil }
    if anyNotRanked { columns.append(.init(s.notRankedBecause)) }
    let rows = table.rows.map { row -> [Workbook.Cell] in
      var cells: [Workbook.Cell] = [.number(row.rank), .text(row.city), .number(row.score)]
      cells += row.areas.map { .number($0) }
      cells.append(.number(row.coverage))
      if table.groupColumn != nil { cells += [row.group.map { .text($0) } ?? .empty, .number(row.groupRank)] }
      cells += counts.map { .number(row[keyPath: $0.2]) }
      if anyNotRanked { cells.append(row.notRanked.map { .text(s.reason($0)) } ?? .empty) }
      return cells
    }
    let title = "\(table.title) \(table.year)"
    var sheets = [Workbook.Sheet(name: s.sheetRanking, tables: [.init(columns: columns, rows: rows)], notes: [title, s.methodLine(table)])]
    if VintageRow.isWorthShowing(table.vintage) { sheets.append(vintageSheet(table.vintage, s)) }
    return Workbook(title: title, sheets: sheets)
  }

  /// The report's workbook: the ranking, the change since the previous year, every indicator's
  /// raw value and score per city, and the method with its sources and licences.
  public static func report(_ report: Report) -> Workbook {
    let overview = report.overview
    let s = Strings(language: overview.language)
    let title = "\(overview.title) \(overview.year)"
    var sheets = [rankingSheet(overview, s)]
    if let sheet = changeSheet(report, s) { sheets.append(sheet) }
    sheets.append(indicatorSheet(report, s))
    if overview.data.showsVintage { sheets.append(vintageSheet(overview.data.vintage, s)) }
    sheets.append(methodSheet(overview, s))
    if overview.simulated { sheets[0].notes.insert(s.simulatedBanner, at: 0) }
    return Workbook(title: title, sheets: sheets)
  }

  static func rankingSheet(_ overview: Overview, _ s: Strings) -> Workbook.Sheet {
    let hasStates = overview.rows.contains { $0.state != nil }
    let previous = overview.previousYear
    var columns = [Workbook.Column(s.rank, .integer), .init(s.city)]
    if hasStates { columns.append(.init(s.state)) }
    columns.append(.init(s.total, .oneDecimal))
    columns += overview.areas.map { Workbook.Column($0.name, .oneDecimal) }
    columns.append(.init(s.coverageShort, .percent))
    if let previous { columns.append(.init(s.changeSince(previous), .signedInteger)) }
    if !overview.notRanked.isEmpty { columns.append(.init(s.notRankedBecause)) }
    var rows = overview.rows.map { row -> [Workbook.Cell] in
      var cells: [Workbook.Cell] = [.number(row.rank), .text(row.city)]
      if hasStates { cells.append(row.state.map { .text($0) } ?? .empty) }
      cells.append(.number(row.total))
      cells += row.areas.map { .number($0) }
      cells.append(.number(row.coverage))
      if previous != nil { cells.append(row.change.map { .number($0) } ?? .text(s.newWord)) }
      if !overview.notRanked.isEmpty { cells.append(.empty) }
      return cells
    }
    for city in overview.notRanked {
      var cells: [Workbook.Cell] = [.empty, .text(city.city)]
      if hasStates { cells.append(.empty) }
      cells += Array(repeating: .empty, count: 1 + overview.areas.count)
      cells.append(.number(city.coverage))
      if previous != nil { cells.append(.empty) }
      cells.append(.text(s.reason(city)))
      rows.append(cells)
    }
    return Workbook.Sheet(
      name: s.sheetRanking, tables: [.init(columns: columns, rows: rows)],
      notes: ["\(overview.title) \(overview.year)", s.pointsSentence(overview.options, leader: overview.headline.leader, score: overview.headline.leaderScore)])
  }

  /// Ranks and totals of the two years as ranked, the change like for like, its rank change in
  /// parts and the compared indicator that moved each city most (from the city pages' changes);
  /// `nil` without a previous year.
  static func changeSheet(_ report: Report, _ s: Strings) -> Workbook.Sheet? {
    guard let previous = report.overview.previousYear else { return nil }
    let year = report.overview.year
    let columns = [
      Workbook.Column(s.city), .init(s.rankYear(previous), .integer), .init(s.rankYear(year), .integer),
      .init(s.placesGained, .signedInteger), .init(s.scoreYear(previous), .oneDecimal), .init(s.scoreYear(year), .oneDecimal),
      .init(s.changeLikeForLike, .signedOneDecimal), .init(s.comparedShareColumn, .percent),
      .init(s.placesOwnComparable, .signedInteger), .init(s.placesNotComparable, .signedInteger),
      .init(s.placesComposition, .signedInteger), .init(s.placesOthers, .signedInteger),
      .init(s.largestDriver), .init(s.driverEffect, .signedOneDecimal),
    ]
    let rows = report.profiles.compactMap { profile -> [Workbook.Cell]? in
      guard let change = profile.changes else { return nil }
      let gained = change.rankFrom.flatMap { from in change.rankTo.map { from - $0 } }
      let driver = change.compared.filter { !$0.contribution.isNaN }.max { abs($0.contribution) < abs($1.contribution) }
      let parts = change.rankParts
      return [
        .text(profile.city), .number(change.rankFrom), .number(change.rankTo), .number(gained),
        .number(change.rankedScoreFrom), .number(change.rankedScoreTo), .number(change.change),
        .number(change.rows.first?.multiplier), .number(parts?.ownComparable), .number(parts?.ownNotComparable),
        .number(parts?.composition), .number(parts?.others),
        driver.map { .text($0.name) } ?? .empty, .number(driver?.contribution),
      ]
    }
    return Workbook.Sheet(
      name: s.sheetChange, tables: [.init(columns: columns, rows: rows)],
      notes: [s.moversNote(from: previous, to: year, scope: report.overview.changeScope)])
  }

  /// One row per city (ranking order, then the cities not ranked): each indicator's raw value
  /// and its score; carried and proxy values in italics with a comment.
  static func indicatorSheet(_ report: Report, _ s: Strings) -> Workbook.Sheet {
    let indicators = report.profiles.first?.lines.filter(\.isIndicator) ?? []
    var columns = [Workbook.Column(s.rank, .integer), .init(s.city)]
    for line in indicators {
      columns.append(.init(line.unit.isEmpty ? line.name : "\(line.name) (\(line.unit))", .general))
      columns.append(.init(s.scoreOf(line.name), .oneDecimal))
    }
    var marked = false
    let rows = report.profiles.map { profile -> [Workbook.Cell] in
      var cells: [Workbook.Cell] = [.number(profile.rank), .text(profile.city)]
      let byId = Dictionary(profile.lines.filter(\.isIndicator).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      for indicator in indicators {
        guard let line = byId[indicator.id] else {
          cells += [.empty, .empty]
          continue
        }
        var raw = Workbook.Cell.number(line.raw)
        let marks = s.provenanceMarks(valueYear: line.valueYear, flag: line.flag)
        if !marks.isEmpty && raw.value != .empty {
          raw.comment = marks
          raw.marked = true
          marked = true
        }
        cells += [raw, .number(line.score)]
      }
      return cells
    }
    var notes = marked ? [s.markedNote] : []
    notes += report.overview.sources.map { "\($0.name): \($0.source)" }
    return Workbook.Sheet(name: s.sheetIndicators, tables: [.init(columns: columns, rows: rows)], notes: notes)
  }

  static func vintageSheet(_ vintage: [VintageRow], _ s: Strings) -> Workbook.Sheet {
    let columns = [
      Workbook.Column(s.indicator), .init(s.valuesFrom), .init(s.maxAge, .integer), .init(s.carriedCities, .integer),
      .init(s.tooOld, .integer), .init(s.flaggedValues),
    ]
    let rows = vintage.map { row -> [Workbook.Cell] in
      [.text(row.name), .text(row.yearsText), .number(row.maxAge), .number(row.carried), .number(row.tooOld), .text(row.flaggedText)]
    }
    return Workbook.Sheet(name: s.sheetVintage, tables: [.init(columns: columns, rows: rows)])
  }

  /// The settings, the structure with its weights, the sources and the credit lines, and the
  /// command and inputs that reproduce the report.
  static func methodSheet(_ overview: Overview, _ s: Strings) -> Workbook.Sheet {
    let o = overview.options
    let settings: [[Workbook.Cell]] = [
      [.text(s.year), .text(String(overview.year))],
      [.text(s.normalization), .text(s.describe(o.normalization))],
      [.text(s.bounds), .text(s.describe(o.scope))],
      [.text(s.aggregation), .text(s.describe(o.aggregation))],
      [.text(s.missingData), .text(s.describe(o.missing))],
      [.text(s.minCoverage), .text(s.language.percent(o.minCoverage))],
      [.text(s.weight), .text(s.describe(o.weighting))],
    ]
    let hierarchy = overview.hierarchy.map { line -> [Workbook.Cell] in
      [.text(String(repeating: "    ", count: line.depth) + line.name), .text(line.id), .number(line.weight), .number(line.share)]
    }
    let credits = overview.data.credits.map { credit -> [Workbook.Cell] in
      [.text(credit.attribution), .text(credit.licence), .text(credit.covers.joined(separator: ", "))]
    }
    var tables = [
      Workbook.Table(title: s.methodology, columns: [.init(s.setting), .init(s.value)], rows: settings),
      Workbook.Table(
        title: s.hierarchy, columns: [.init(s.indicator), .init("id"), .init(s.weight, .general), .init(s.share, .percent)],
        rows: hierarchy),
      Workbook.Table(
        title: s.sources, columns: [.init(s.indicator), .init(s.source)],
        rows: overview.sources.map { [.text($0.name), .text($0.source)] }),
    ]
    if !credits.isEmpty {
      tables.append(.init(title: s.creditsHeading, columns: [.init(s.attribution), .init(s.licence), .init(s.covers)], rows: credits))
    }
    tables.append(
      .init(
        title: s.reproduce, columns: [.init(s.inputFile), .init("SHA-256")],
        rows: [[.text(s.command), .text(overview.provenance.commandLine)]]
          + overview.provenance.inputs.map { [.text($0.path), .text($0.sha256)] }))
    return Workbook.Sheet(name: s.sheetMethod, tables: tables)
  }
}
