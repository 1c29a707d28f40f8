import CityIndex

extension HTMLReport {
  /// `duels/<slug>.html`: two cities head to head — who leads and why, the areas as a chart,
  /// every indicator with both values and the points of the gap, the change since the previous
  /// year like for like, both ranks over the years, the data and the credits.
  public static func duel(_ page: DuelPage) -> String {
    let s = Strings(language: page.language)
    let l = page.language
    let d = page.duel
    var body: [Node] = [.el("p", ["class": "lead"], .text(s.duelSentence(d)))]
    body.append(
      .el(
        "div", ["class": "figures"],
        children: [d.a, d.b].map { side in
          figure(l.number(side.total), s.duelSide(side, of: d.rankedCount, interval: page.intervals[side.city], points: false))
        }))
    if let (published, name) = page.published {
      body.append(.el("p", ["class": "note"], .text(s.duelPublished(published, d, name: name).joined(separator: " "))))
    }
    body.append(.el("h2", [:], .text(s.areaBars)))
    body.append(.el("figure", [:], DuelChart.render(page), .el("figcaption", [:], .text(s.duelChartDescription(d)))))
    body.append(.el("h2", [:], .text(s.area + " & " + s.indicator)))
    body.append(duelTable(d, s))
    body.append(.el("p", ["class": "kicker"], .text(s.duelNotes(d).joined(separator: " "))))
    if let c = page.change { body += gapChange(c, s) }
    if let chart = DuelChart.history(page) {
      body.append(.el("h2", [:], .text(s.history)))
      body.append(.el("figure", [:], chart, .el("figcaption", [:], .text(s.duelHistoryDescription(d)))))
      body.append(
        HTMLPage.table(
          caption: nil,
          head: [HTMLPage.header(s.year), HTMLPage.header(d.a.city, class: "num"), HTMLPage.header(d.b.city, class: "num")],
          rows: page.history.years.indices.map { i in
            .el(
              "tr", [:], .el("td", [:], .text(String(page.history.years[i]))),
              .el("td", ["class": "num"], .text(page.history.a[i].map(String.init) ?? "–")),
              .el("td", ["class": "num"], .text(page.history.b[i].map(String.init) ?? "–")))
          }))
    }
    body.append(
      .el(
        "p", ["class": "download"], .text(s.getTheData + ": "),
        .el("a", ["href": "\(page.slug).csv", "download": ""], .text("\(page.slug).csv")), .text(" (sci versus --format csv)")))
    body.append(.el("h2", ["id": "credits"], .text(s.credits)))
    body.append(credits(page.credits, map: false, s))
    let back: Node = .group([
      .el("a", ["href": "../index.html"], .text(s.backToOverview)), .text(" · "),
      .el("a", ["href": "../cities/\(page.profiles.a).html"], .text(d.a.city)), .text(" · "),
      .el("a", ["href": "../cities/\(page.profiles.b).html"], .text(d.b.city)),
    ])
    return HTMLPage.render(
      language: l, title: "\(s.duelTitle(d)) · \(page.title)" + (page.simulated ? " (\(s.simulatedTag))" : ""),
      kicker: "\(page.title) \(d.year)" + (page.simulated ? " · \(s.simulatedTag)" : ""), heading: s.duelTitle(d),
      simulated: page.simulated, strings: s, back: back, body: body, footer: [back, .text(" · " + s.madeWith())])
  }

  /// Every area and indicator: both values, both scores, the difference, who leads and the
  /// points of the gap.
  static func duelTable(_ d: HeadToHead, _ s: Strings) -> Node {
    let l = s.language
    let head: [Node] = [
      HTMLPage.header(s.area + " / " + s.indicator), HTMLPage.header(d.a.city, class: "num"), HTMLPage.header(d.b.city, class: "num"),
      HTMLPage.header("\(s.score) \(d.a.city)", class: "num hide-narrow"), HTMLPage.header("\(s.score) \(d.b.city)", class: "num hide-narrow"),
      HTMLPage.header("±", class: "num"), HTMLPage.header(s.pointsOfTheGap, class: "num"),
    ]
    let rows = d.rows.map { r -> Node in
      let isIndicator = r.level == .indicator
      // The unit once, beside the name; the values bare (yes/no in words).
      let yesNo = Strings.isYesNo(r.unit)
      func value(_ v: Double, _ year: Int?, _ flag: String?, score: Double, standIn: Double) -> String {
        guard isIndicator else { return l.number(score) }
        return s.standIn(s.changeValue(v, year: year, flag: flag, unit: yesNo ? r.unit : "", scoredYear: d.year), standIn)
      }
      let unit = isIndicator && !yesNo && !r.unit.isEmpty ? [Node.el("span", ["class": "unit"], .text(" (\(r.unit))"))] : []
      let sign = r.difference.isNaN || abs(r.difference) < 0.05 ? "num" : r.difference > 0 ? "num up" : "num down"
      return .el(
        "tr", isIndicator ? [:] : ["class": "group"],
        .element("td", r.depth > 1 ? [("class", "indent")] : [], [.text(r.name)] + unit),
        .el("td", ["class": "num"], .text(value(r.valueA, r.yearA, r.flagA, score: r.scoreA, standIn: r.standInA))),
        .el("td", ["class": "num"], .text(value(r.valueB, r.yearB, r.flagB, score: r.scoreB, standIn: r.standInB))),
        .el("td", ["class": "num hide-narrow"], .text(l.number(r.scoreA))), .el("td", ["class": "num hide-narrow"], .text(l.number(r.scoreB))),
        .el("td", ["class": sign], .text(l.signed(r.difference))), .el("td", ["class": "num"], .el("b", [:], .text(l.signed(r.contribution)))))
    }
    return HTMLPage.table(caption: nil, head: head, rows: rows)
  }

  /// How the gap moved since the previous year, like for like: the sentence, then every node
  /// with its points of the gap in both years.
  static func gapChange(_ c: HeadToHead.Change, _ s: Strings) -> [Node] {
    let l = s.language
    var nodes: [Node] = [.el("h2", ["id": "change"], .text(s.gapChangeTitle(c))), .el("p", [:], .text(s.gapChangeSentence(c)))]
    nodes.append(
      HTMLPage.table(
        caption: nil,
        head: [
          HTMLPage.header(s.area + " / " + s.indicator), HTMLPage.header("\(c.fromYear)", class: "num"),
          HTMLPage.header("\(c.toYear)", class: "num"), HTMLPage.header(s.changeLikeForLike, class: "num"),
        ],
        rows: c.rows.map { r in
          let compared = r.statusA == .compared && r.statusB == .compared
          return .el(
            "tr", r.level == .indicator ? [:] : ["class": "group"],
            .el("td", r.depth > 1 ? ["class": "indent"] : [:], .text(r.name)),
            .el("td", ["class": "num"], .text(compared ? l.signed(r.from) : s.statusLabel(r.statusA == .compared ? r.statusB : r.statusA))),
            .el("td", ["class": "num"], .text(compared ? l.signed(r.to) : "")),
            .el("td", ["class": "num"], .text(compared ? l.signed(r.change) : "")))
        }))
    return nodes
  }

  /// The overview's head-to-head section: for each featured duel its sentence, its area chart and
  /// a link to its page.
  static func duels(_ report: Report, _ s: Strings) -> [Node] {
    let featured = report.featuredDuels
    guard !featured.isEmpty else { return [] }
    var nodes: [Node] = [.el("h2", ["id": "head-to-head"], .text(s.headToHead))]
    if report.overview.duel != nil && canReweight(report.overview) {
      // Any two cities under the current weights: shown by the explorer's script.
      let pickers = [("duel-a", s.firstCity), ("duel-b", s.secondCity)].map { id, label -> Node in
        .el("label", ["class": "filter"], .el("span", [:], .text(label)), .element("select", [("id", id)], []))
      }
      nodes.append(
        .element(
          "div", [("id", "duel-pick"), ("class", "explore"), ("hidden", "hidden")],
          [.el("p", ["class": "kicker"], .text(s.pickTwo))] + pickers + [.el("div", ["id": "duel-result", "aria-live": "polite"])]))
    }
    for (i, page) in featured.enumerated() {
      nodes.append(.el("h3", [:], .el("a", ["href": "duels/\(page.slug).html"], .text(s.duelTitle(page.duel)))))
      nodes.append(.el("p", [:], .text(s.duelSentence(page.duel))))
      nodes.append(.el("figure", [:], DuelChart.render(page, id: "chart-duel-\(i + 1)"), .el("figcaption", [:], .text(s.duelChartDescription(page.duel)))))
      nodes.append(.el("p", [:], .el("a", ["href": "duels/\(page.slug).html"], .text(s.fullDuel))))
    }
    nodes.append(.el("p", ["class": "kicker"], .text(s.otherDuels)))
    return nodes
  }
}
