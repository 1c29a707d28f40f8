import CityIndex

/// Renders a ``Report`` as self-contained HTML pages: inline CSS and SVG, no script, no
/// external resource. Every string from data passes through ``Node``'s escaping.
public enum HTMLReport {
  /// `index.html`: headline, ranking, charts, profiles, methodology.
  public static func overview(_ report: Report) -> String {
    let o = report.overview
    let s = Strings(language: o.language)
    let l = o.language
    let kicker = [o.title, String(o.year)] + (o.simulated ? [s.simulatedTag] : [])
    var body: [Node] = [.el("p", ["class": "lead", "id": "headline"], .text(o.headline.sentences(l).joined(separator: " ")))]
    if canReweight(o) {
      // Shown by the explorer while other weights apply: what follows them and what does not.
      body.append(.element("p", [("class", "kicker reweighted-note"), ("id", "at-published"), ("hidden", "hidden")], [.text(s.atPublishedWeights(o.previousYear))]))
    }
    let asOf = s.asOf(year: o.year, vintage: o.data.vintage, madeOn: o.provenance.madeOn)
    if !asOf.isEmpty { body.append(.el("p", ["class": "kicker"], .text(asOf))) }
    var plain = s.pointsSentence(o.options, leader: o.headline.leader, score: o.rows.first?.total ?? .nan)
    if let u = o.uncertainty { plain += " " + s.plausibleSentence(u.settings.samples, l.percent(u.settings.uncertainty)) }
    body.append(.el("p", ["class": "note"], .text(plain)))
    if !o.simulated {
      body.append(
        .el(
          "p", ["class": "note"],
          .text(s.realDataSentence(year: o.year, vintage: o.data.vintage, flagged: o.data.flagged, dropped: o.data.dropped) + " "),
          .el("a", ["href": "#vintage"], .text(s.dataVintage))))
    }
    body.append(
      .el(
        "div", ["class": "figures"],
        figure(o.rows.first.map { l.number($0.total) } ?? "–", o.headline.leader, id: "figure-leader"),
        figure(String(o.rows.count), s.citiesRanked),
        figure(String(o.coverage.count), s.indicatorsInAreas(o.areas.count))))

    body.append(.el("h2", ["id": "ranking"], .text(s.ranking)))
    body += explorer(o, s)
    body.append(rankingTable(o, s))
    if o.rows.contains(where: \.changeMostlyNotComparable) { body.append(.el("p", ["class": "kicker"], .text(s.notComparableMark))) }
    if !o.notRanked.isEmpty {
      body.append(.el("h3", [:], .text(s.notRanked)))
      body.append(
        .el(
          "ul", [:],
          children: o.notRanked.map { entry in
            .el("li", [:], link(entry.city, o.profileSlugs[entry.city]), .text(": \(s.reason(entry))"))
          }))
    }
    body.append(
      .el(
        "p", ["class": "download"], .el("a", ["href": ReportFiles.workbook, "download": ""], .text(s.workbookLink)),
        .text(" (\(ReportFiles.workbook): \(s.workbookContents))")))
    body.append(
      .el(
        "p", ["class": "download"], .text(s.getTheData + ": "),
        .el("a", ["href": ReportFiles.rankingCSV, "download": ""], .text(ReportFiles.rankingCSV)),
        .text(" (\(s.rankingDataContents))")))

    body += map(o, s)
    body += movers(o, s)
    body += benchmark(o, s)
    body += duels(report, s)

    body.append(.el("h2", ["id": "charts"], .text(s.charts)))
    // Each chart with its data beside it ("Get the data").
    body += charts(o, s).map { chart in
      .el(
        "figure", [:], chart.node,
        .el(
          "figcaption", [:], children: [.text(chart.caption + " " + s.getTheData + ": "),
          .el("a", ["href": "charts/\(chart.name).csv", "download": ""], .text("\(chart.name).csv"))] + imageLinks(chart.name, o, s)))
    }

    body.append(.el("h2", ["id": "profiles"], .text(s.cityProfiles)))
    body.append(
      .el(
        "nav", ["class": "cities", "aria-label": s.cityProfiles],
        children: (o.rows.map(\.city) + o.notRanked.map(\.city)).map { link($0, o.profileSlugs[$0]) }))

    body += methodology(o, s)
    return HTMLPage.render(
      language: l, title: "\(o.title) \(o.year)" + (o.simulated ? " (\(s.simulatedTag))" : ""),
      kicker: kicker.joined(separator: " · "), heading: "\(o.title) \(o.year)", simulated: o.simulated, strings: s,
      body: body, footer: [.text(s.madeWith())], script: explorerScript)
  }

  /// The charts of the overview with their captions (shared with the Markdown report's SVG files).
  static func charts(_ o: Overview, _ s: Strings) -> [(name: String, node: Node, caption: String)] {
    let l = o.language
    var result: [(String, Node, String)] = []
    let bars = RankingBarChart(labels: o.rows.map { "\($0.rank). \($0.city)" }, values: o.rows.map(\.total), language: l)
    let first = o.rows.first
    let last = o.rows.last
    result.append(
      (
        "ranking",
        bars.render(
          id: "chart-ranking", title: s.rankingChart,
          description: s.chartDescriptionRanking(
            first?.city ?? "–", l.number(first?.total ?? .nan), last?.city ?? "–", l.number(last?.total ?? .nan))),
        s.rankingChart
      ))
    let heatmap = Heatmap(
      cities: o.rows.map { "\($0.rank). \($0.city)" }, areas: o.areas.map(\.name), values: o.rows.map(\.areas),
      language: l, missingLabel: "–")
    result.append(("areas", heatmap.render(id: "chart-areas", title: s.heatmap, description: s.chartDescriptionHeatmap()), s.heatmap))
    if let uncertainty = o.uncertainty {
      let rows = o.rows.compactMap { row in uncertainty.intervals[row.city].map { (row, $0) } }
      let chart = RankIntervalChart(
        labels: rows.map { "\($0.0.rank). \($0.0.city)" },
        intervals: rows.map { ($0.1.rank, $0.1.p05, $0.1.medianRank, $0.1.p95) }, cityCount: o.rows.count)
      let u = l.percent(uncertainty.settings.uncertainty)
      result.append(
        ("intervals", chart.render(id: "chart-intervals", title: s.intervalChart, description: s.intervalDescription(uncertainty.settings.samples, u)),
         s.intervalDescription(uncertainty.settings.samples, u)))
    }
    if o.historyYears.count > 1 {
      var history = RankHistoryChart(years: o.historyYears, series: o.history)
      for (year, count) in zip(o.historyYears, o.historyIndicators) where count < o.coverage.count {
        history.partial[year] = (count, o.coverage.count)
      }
      let years = "\(o.historyYears.first ?? 0)–\(o.historyYears.last ?? 0)"
      result.append(
        (
          "history",
          history.render(
            id: "chart-history", title: s.rankHistory,
            description: s.chartDescriptionHistory(years) + " " + s.historyPartialNote(o)),
          [s.rankHistory + ".", s.historyPartialNote(o)].joined(separator: " ").trimmingCharacters(in: .whitespaces)
        ))
    }
    return result
  }

  static func rankingTable(_ o: Overview, _ s: Strings) -> Node {
    let l = o.language
    var head: [Node] = [HTMLPage.header(s.rank, class: "num")]
    // On a phone the change column gives way (the movers table has the biggest changes), so
    // that rank, city, total and plausible ranks stay in view.
    if let previous = o.previousYear { head.append(HTMLPage.header(s.changeSince(previous), class: "num hide-narrow")) }
    head.append(HTMLPage.header(s.city))
    head.append(HTMLPage.header(s.total, class: "num"))
    if o.uncertainty != nil { head.append(HTMLPage.header(s.plausibleRanks, class: "num plausible")) }
    // Area columns give way on a phone; the heat map below shows the same scores.
    head += o.areas.map { HTMLPage.header($0.name, class: "num hide-narrow") }
    let rows = o.rows.map { row -> Node in
      var cells: [Node] = [.el("td", ["class": "num rank"], .text(String(row.rank)))]
      if o.previousYear != nil {
        let direction = (row.change ?? 0) > 0 ? "num since hide-narrow up" : (row.change ?? 0) < 0 ? "num since hide-narrow down" : "num since hide-narrow"
        cells.append(.el("td", ["class": direction], .text(l.rankChange(row.change) + (row.changeMostlyNotComparable ? "¹" : ""))))
      }
      cells.append(.el("td", ["class": "city"], link(row.city, row.slug)))
      cells.append(.el("td", ["class": "num"], .element("b", [("data-score", CSVText.number(row.total))], [.text(l.number(row.total))])))
      if let uncertainty = o.uncertainty {
        let interval = uncertainty.intervals[row.city]
        cells.append(.el("td", ["class": "num plausible"], .text(interval.map { $0.p05 == $0.p95 ? "\($0.p05)" : "\($0.p05)–\($0.p95)" } ?? "–")))
      }
      cells += row.areas.map { .element("td", [("class", "num hide-narrow"), ("data-score", CSVText.number($0))], [.text(l.number($0))]) }
      return .element("tr", [("data-city", row.city), ("data-state", row.state ?? "")], cells)
    }
    return HTMLPage.table(caption: nil, head: head, rows: rows, id: "ranking-table")
  }

  static func movers(_ o: Overview, _ s: Strings) -> [Node] {
    guard let previous = o.previousYear, !(o.climbers.isEmpty && o.fallers.isEmpty) else { return [] }
    let l = o.language
    let head: [Node] = [
      HTMLPage.header("\(previous) → \(o.year)", class: "num hide-narrow"),
      HTMLPage.header(s.city),
      HTMLPage.header(s.places, class: "num"),
      HTMLPage.header(s.changeLikeForLike, class: "num"),
      HTMLPage.header(s.comparedIndicators),
    ]
    let rows = (o.climbers + o.fallers).map { m -> Node in
      let drivers = m.drivers.map { "\($0.name) \(l.signed($0.contribution))" }
      return .el(
        "tr", [:],
        .el("td", ["class": "num hide-narrow"], .text("\(m.rankFrom) → \(m.rankTo)")),
        .el("td", ["class": "city"], link(m.city, m.slug)),
        .el(
          "td", ["class": m.places > 0 ? "num up" : m.places < 0 ? "num down" : "num"],
          .text(l.rankChange(m.places) + (m.placesMostlyNotComparable ? "¹" : ""))),
        .el("td", ["class": m.change > 0 ? "num up" : "num down"], .text(l.signed(m.change))),
        .el("td", ["class": "drivers"], .text(drivers.joined(separator: ", "))))
    }
    return [
      .el("h2", ["id": "movers"], .text(s.moversLikeForLike(since: previous))),
      HTMLPage.table(caption: nil, head: head, rows: rows),
      .el("p", ["class": "kicker"], .text(s.moversNote(from: previous, to: o.year, scope: o.changeScope))),
    ] + (o.data.arrived.isEmpty && o.data.departed.isEmpty
      ? [] : [.el("p", ["class": "kicker"], .text(s.arrivalNote(arrived: o.data.arrived, departed: o.data.departed, previous: previous, year: o.year)))])
  }

  /// The map of Germany, linked to the profiles, with the source note the BKG's licence requires.
  static func map(_ o: Overview, _ s: Strings) -> [Node] {
    guard let svg = mapChart(o, s, linked: true) else { return [] }
    return [
      .el("h2", ["id": "map"], .text(s.mapHeading)),
      .el(
        "figure", ["class": "map"], svg,
        .el(
          "figcaption", [:], .text(s.mapDescription(o.mapDots.count) + " "),
          .el("a", ["href": "https://www.bkg.bund.de"], .text(s.mapCredit)), .text(", "),
          .el("a", ["href": "https://www.govdata.de/dl-de/by-2-0"], .text(s.mapLicence)), .text(". " + s.getTheData + ": "),
          .group([.el("a", ["href": "charts/map.csv", "download": ""], .text("map.csv"))] + imageLinks("map", o, s)))),
    ]
  }

  /// The map's SVG (`nil` without coordinates); `linked`: circles link to the profiles.
  static func mapChart(_ o: Overview, _ s: Strings, linked: Bool) -> Node? {
    guard !o.mapDots.isEmpty else { return nil }
    return GermanyMap(dots: o.mapDots, language: o.language).render(
      id: "chart-map", title: s.mapTitle, description: s.mapDescription(o.mapDots.count),
      profileLink: { city in linked ? o.profileSlugs[city].map { "cities/\($0).html" } : nil })
  }

  static func methodology(_ o: Overview, _ s: Strings) -> [Node] {
    let l = o.language
    var nodes: [Node] = [.el("h2", ["id": "methodology"], .text(s.methodology))]
    nodes.append(
      .el("div", ["class": "table-wrap"], .el("table", [:], children: o.appendix.rows.map { name, text in
        .el("tr", [:], .el("th", ["scope": "row"], .text(name)), .el("td", [:], .text(text)))
      })))

    nodes.append(.el("h3", [:], .text(s.hierarchy)))
    let head: [Node] = [
      HTMLPage.header(s.area + " / " + s.indicator),
      HTMLPage.header(s.weight, class: "num"),
      HTMLPage.header(Strings(language: l).shareOfIndex, class: "num"),
    ]
    nodes.append(
      HTMLPage.table(
        caption: nil, head: head,
        rows: o.hierarchy.map { line in
          .el(
            "tr", line.depth == 1 ? ["class": "group"] : [:],
            .el("td", line.depth > 1 ? ["class": "indent"] : [:], .text(line.name), .text(" "), .el("code", [:], .text(line.id))),
            .el("td", ["class": "num"], .text(l.number(line.weight, decimals: line.weight == line.weight.rounded() ? 0 : 2))),
            .el("td", ["class": "num"], .text(l.percent(line.share))))
        }))

    nodes.append(.el("h3", [:], .text(s.coverage)))
    nodes.append(
      HTMLPage.table(
        caption: nil,
        head: [
          HTMLPage.header(s.indicator), HTMLPage.header(s.unit),
          HTMLPage.header(s.citiesWithValue, class: "num"),
        ],
        rows: o.coverage.map { c in
          .el(
            "tr", [:], .el("td", [:], .text(c.name)), .el("td", [:], .text(c.unit)),
            .el("td", ["class": "num"], .text("\(c.citiesWithValue) / \(c.cities)")))
        }))

    if o.data.showsVintage {
      nodes.append(.el("h3", ["id": "vintage"], .text(s.dataVintage)))
      nodes.append(.el("p", [:], .text(s.vintageNote(o.year))))
      nodes.append(
        HTMLPage.table(
          caption: nil,
          head: [
            HTMLPage.header(s.indicator), HTMLPage.header(s.valuesFrom),
            HTMLPage.header(s.maxAge, class: "num"),
            HTMLPage.header(s.carriedCities, class: "num"),
            HTMLPage.header(s.tooOld, class: "num"),
            HTMLPage.header(s.flaggedValues),
          ],
          rows: o.data.vintage.map { row in
            .el(
              "tr", [:], .el("td", [:], .text(row.name)), .el("td", [:], .text(row.yearsText)),
              .el("td", ["class": "num"], .text(row.maxAge.map { s.years($0) } ?? "–")),
              .el("td", ["class": "num"], .text(String(row.carried))), .el("td", ["class": "num"], .text(String(row.tooOld))),
              .el("td", [:], .text(row.flaggedText)))
          }))
    }

    nodes += auditSection(o.appendix, s)
    if !o.data.credits.isEmpty || !o.mapDots.isEmpty {
      nodes.append(.el("h3", ["id": "credits"], .text(s.creditsHeading)))
      nodes.append(credits(o.data.credits, map: !o.mapDots.isEmpty, s))
    }
    if !o.sources.isEmpty {
      nodes.append(.el("h3", [:], .text(s.sources)))
      nodes.append(
        .el(
          "ul", [:],
          children: o.sources.map { entry in .el("li", [:], .el("b", [:], .text(entry.name)), .text(": " + entry.source)) }))
    }
    nodes.append(.el("h3", [:], .text(s.reproduce)))
    nodes.append(.el("pre", [:], .el("code", [:], .text(o.provenance.commandLine))))
    nodes.append(.el("h3", [:], .text(s.checksums)))
    nodes.append(
      .el(
        "ul", [:],
        children: o.provenance.inputs.map { input in
          .el("li", [:], .el("code", [:], .text(input.sha256)), .text(" "), .el("code", [:], .text(input.path)))
        }))
    return nodes
  }

  /// Data treatment and the statistical audit of the appendix.
  static func auditSection(_ a: MethodAppendix, _ s: Strings) -> [Node] {
    let l = s.language
    var nodes: [Node] = []
    if !a.treatment.isEmpty {
      nodes.append(.el("h3", [:], .text(s.dataTreatment)))
      nodes.append(.el("ul", [:], children: a.treatment.map { .el("li", [:], .text($0)) }))
    }
    nodes.append(.el("h3", ["id": "audit"], .text(s.audit)))
    nodes.append(.el("p", [:], .text(s.auditNote())))
    nodes.append(
      HTMLPage.table(
        caption: nil,
        head: [
          HTMLPage.header(s.group), HTMLPage.header(s.cronbachAlpha, class: "num"),
          HTMLPage.header(s.firstComponent, class: "num"),
        ],
        rows: a.groups.map { g in
          .el(
            "tr", [:], .el("td", [:], .text(g.name)), .el("td", ["class": "num"], .text(l.number(g.alpha, decimals: 2))),
            .el("td", ["class": "num"], .text(g.firstComponent.isNaN ? "–" : l.percent(g.firstComponent))))
        }))
    if !a.flagged.isEmpty {
      nodes.append(.el("h4", [:], .text(s.flagged)))
      nodes.append(.el("ul", [:], children: a.flagged.map { .el("li", [:], .el("b", [:], .text($0.name)), .text(": " + $0.text)) }))
    }
    if !a.redundant.isEmpty {
      nodes.append(.el("h4", [:], .text(s.redundant)))
      nodes.append(
        .el("ul", [:], children: a.redundant.map { .el("li", [:], .text("\($0.first) – \($0.second): r = \(l.number($0.correlation, decimals: 2))")) }))
    }
    if !a.shares.isEmpty {
      nodes.append(.el("h4", ["id": "shares"], .text(s.importanceTitle(a.year))))
      nodes.append(.el("ul", [:], children: a.shares.map { .el("li", [:], .text(s.shareLine($0))) }))
      nodes.append(.el("p", ["class": "kicker"], .text(s.sharesNote)))
    }
    return nodes
  }

  static func figure(_ value: String, _ label: String, id: String? = nil) -> Node {
    .el("div", id.map { ["class": "figure", "id": $0] } ?? ["class": "figure"], .el("b", [:], .text(value)), .el("span", [:], .text(label)))
  }

  /// A link to a city's profile from the overview (or plain text when it has none).
  static func link(_ city: String, _ slug: String?) -> Node {
    guard let slug else { return .text(city) }
    return .el("a", ["href": "cities/\(slug).html"], .text(city))
  }
}
