import CityIndex

extension HTMLReport {
  /// `cities/<slug>.html`: one city's rank, areas, strengths and weaknesses, every indicator,
  /// and its history.
  public static func profile(_ p: CityProfile) -> String {
    let s = Strings(language: p.language)
    let l = p.language
    var body: [Node] = []
    var figures: [Node] = []
    if let rank = p.rank {
      let plausible = p.interval.map { " · " + s.plausibly($0.p05, $0.p95) } ?? ""
      figures.append(figure(String(rank), s.rankOf(rank, p.rankedCount) + plausible))
      figures.append(figure(l.number(p.total), s.score))
    }
    if let change = historyChange(p) {
      // A move that is mostly a revision or an indicator entering is marked, and links to why.
      let marked = p.changes?.rankParts?.isMostlyNotComparable == true
      figures.append(
        marked
          ? .el(
            "div", ["class": "figure"], .el("b", [:], .text(l.rankChange(change.places) + "¹")),
            .el("span", [:], .text(s.changeSince(change.since) + " · "), .el("a", ["href": "#changes"], .text(s.mostlyNotComparable))))
          : figure(l.rankChange(change.places), s.changeSince(change.since)))
    }
    if let locator = locator(p, s) { figures.append(.el("div", ["class": "locator"], locator)) }
    if !figures.isEmpty { body.append(.el("div", ["class": "figures"], children: figures)) }
    if let entry = p.notRanked {
      body.append(.el("p", ["class": "lead"], .text("\(s.notRanked) \(p.year): \(s.reason(entry))")))
    }

    body.append(.el("h2", [:], .text(s.areaBars)))
    body.append(
      .el(
        "figure", [:], AreaBarsChart.render(p),
        .el(
          "figcaption", [:], .text(s.chartDescriptionAreas(p.city) + " " + s.getTheData + ": "),
          .el("a", ["href": "../charts/cities/\(p.slug).csv", "download": ""], .text("\(p.slug).csv")), .text(" · \(s.image): "),
          .el("a", ["href": "../charts/cities/\(p.slug).svg", "download": ""], .text("\(p.slug).svg")))))

    if !p.strengths.isEmpty || !p.weaknesses.isEmpty {
      body.append(.el("h2", [:], .text("\(s.strengths) · \(s.weaknesses)")))
      body.append(.el("h3", [:], .text(s.strengths)))
      body.append(p.strengths.isEmpty ? .el("p", [:], .text(s.noneAboveMedian(p.highlightMargin))) : highlights(p.strengths, l, s))
      body.append(.el("h3", [:], .text(s.weaknesses)))
      body.append(p.weaknesses.isEmpty ? .el("p", [:], .text(s.noneBelowMedian(p.highlightMargin))) : highlights(p.weaknesses, l, s))
    }

    body += nextRank(p, l, s)
    if let duel = p.duel {
      body.append(.el("p", [:], .el("a", ["href": "../duels/\(duel.slug).html"], .text(s.duelLink(duel.against, leader: p.nextUp == nil)))))
    }
    if p.hasBrief { body.append(.el("p", [:], .el("a", ["href": "../briefs/\(p.slug).html"], .text(s.briefLink)))) }

    if let c = p.changes { body += changes(c, l, s) }

    body.append(.el("h2", [:], .text(s.area + " & " + s.indicator)))
    body.append(linesTable(p, l, s))
    body += sources(p, s)

    body.append(.el("h2", [:], .text(s.history)))
    body.append(
      HTMLPage.table(
        caption: nil,
        head: [
          HTMLPage.header(s.year), HTMLPage.header(s.rank, class: "num"),
          HTMLPage.header(s.score, class: "num"),
          HTMLPage.header(s.indicatorsWithData, class: "num"),
        ],
        rows: p.history.map { entry in
          .el(
            "tr", [:], .el("td", [:], .text(String(entry.year))),
            .el("td", ["class": "num"], .text(entry.rank.map(String.init) ?? "–")),
            .el("td", ["class": "num"], .text(l.number(entry.score))),
            .el("td", ["class": "num"], .text(s.indicatorShare(entry.indicatorsWithData, of: p.indicatorCount))))
        }))
    body.append(.el("p", ["class": "kicker"], .text(s.historyNote)))

    if let name = p.publishedName {
      body.append(.el("h2", [:], .text(s.publishedResults(name))))
      body.append(
        p.published.isEmpty
          ? .el("p", [:], .text(s.publishedNone))
          : .el(
            "ul", [:],
            children: p.published.map { result in
              // Each year's figures with where they were published (a link when it is one).
              let (url, rest) = result.sourceLink
              let source: [Node] =
                result.source.isEmpty
                ? []
                : [.text(" — ")] + (url.map { [.el("a", ["href": $0], .text(s.sourceWord))] } ?? [])
                  + (rest.isEmpty ? [] : [.text((url == nil ? "" : " ") + rest)])
              return .element("li", [], [.text(s.publishedResult(result))] + source)
            }))
    }

    if !p.credits.isEmpty || locator(p, s) != nil {
      body.append(.el("h2", ["id": "credits"], .text(s.credits)))
      body.append(credits(p.credits, map: locator(p, s) != nil, s))
    }

    let kicker = ["\(p.title) \(p.year)"] + (p.simulated ? [s.simulatedTag] : [])
    return HTMLPage.render(
      language: l, title: "\(p.city) · \(p.title) \(p.year)" + (p.simulated ? " (\(s.simulatedTag))" : ""),
      kicker: kicker.joined(separator: " · "), heading: p.city, simulated: p.simulated, strings: s,
      back: .el("a", ["href": "../index.html"], .text(s.backToOverview)),
      body: body, footer: [.el("a", ["href": "../index.html"], .text(s.backToOverview)), .text(" · " + s.madeWith())])
  }

  /// The small map with the city marked (`nil` when it has no coordinates).
  static func locator(_ p: CityProfile, _ s: Strings) -> Node? {
    guard let dot = p.mapDots.first(where: { $0.city == p.city }) else { return nil }
    return GermanyMap.locator(city: dot, others: p.mapDots, title: s.locatorTitle(p.city))
  }

  /// Peers, the city one place up, and the biggest levers.
  static func nextRank(_ p: CityProfile, _ l: Language, _ s: Strings) -> [Node] {
    var nodes: [Node] = []
    if p.hasPeers {
      let peers = p.analysis.peers
      nodes.append(.el("h2", [:], .text(s.peers)))
      nodes.append(
        .el("p", [:], .text(s.peerGroup(peers.kind, peers.label, rank: p.analysis.peerRank, of: peers.cities.count) + ": "),
          .group(peers.cities.enumerated().map { i, city in
            .group([.text(i == 0 ? "" : ", "), city == p.city ? .el("b", [:], .text(city)) : .text(city)])
          })))
    }
    guard p.rank != nil else { return nodes }
    nodes.append(.el("h2", [:], .text(s.nextRank)))
    guard let next = p.nextUp else {
      nodes.append(.el("p", [:], .text(s.leads)))
      return nodes
    }
    nodes.append(
      .el("p", [:], .el("a", ["href": "\(next.slug).html"], .text(next.city)),
        .text(s.nextUpSuffix(rank: next.rank, gap: l.number(next.gap, decimals: next.gap < 0.1 ? 2 : 1)))))
    if !p.levers.isEmpty {
      nodes.append(.el("p", [:], .text(s.levers)))
      nodes.append(.el("ul", [:], children: p.levers.map { .el("li", [:], .el("b", [:], .text($0.name)), .text(": +\(l.number($0.potential)) \(s.points)")) }))
    }
    nodes.append(.el("p", ["class": "kicker"], .text(s.gapCommandLead + " "), .el("code", [:], .text("sci gap '\(p.city)' --to '\(next.city)' --year \(p.year)"))))
    return nodes
  }

  /// Places gained since the previous year in the history, when the city was ranked in both.
  static func historyChange(_ p: CityProfile) -> (places: Int, since: Int)? {
    guard let index = p.history.firstIndex(where: { $0.year == p.year }), index > 0,
      let now = p.history[index].rank, let before = p.history[index - 1].rank
    else { return nil }
    return (before - now, p.history[index - 1].year)
  }

  static func highlights(_ lines: [CityProfile.Line], _ l: Language, _ s: Strings) -> Node {
    .el(
      "ul", [:],
      children: lines.map { line in
        let difference = line.score - line.median
        let sign = difference >= 0 ? "+" : ""
        return .el(
          "li", [:], .el("b", [:], .text(line.name)),
          .text(": \(l.number(line.score)) \(s.points) (\(s.median) \(l.number(line.median)), \(sign)\(l.number(difference)))"))
      })
  }

  static func linesTable(_ p: CityProfile, _ l: Language, _ s: Strings) -> Node {
    let head: [Node] = [
      HTMLPage.header(s.area + " / " + s.indicator),
      HTMLPage.header(s.value, class: "value"),
      HTMLPage.header(s.score, class: "num"),
      HTMLPage.header(s.median, class: "num"),
    ] + (p.hasPeers ? [HTMLPage.header(s.peerMedian, class: "num hide-narrow")] : []) + [
      HTMLPage.header(s.leader, class: "num hide-narrow"),
    ]
    let notes = p.sourceNotes.map(\.text)
    let rows = p.lines.map { line -> Node in
      let value = s.rawValue(line)
      let leader = s.leader(line)
      // The value's source as a numbered note under the table.
      let mark: [Node] =
        line.source.flatMap { notes.firstIndex(of: $0) }.map { i in
          [.text(" "), .el("sup", [:], .el("a", ["href": "#source-\(i + 1)"], .text("[\(i + 1)]")))]
        } ?? []
      var cells: [Node] = [
        .el("td", line.depth > 1 ? ["class": "indent"] : [:], .text(line.name)),
        .element("td", [("class", "value")], [.text(value)] + mark),
        .el("td", ["class": "num"], .el("b", [:], .text(l.number(line.score)))),
        .el("td", ["class": "num"], .text(l.number(line.median))),
      ]
      if p.hasPeers { cells.append(.el("td", ["class": "num hide-narrow"], .text(l.number(line.peerMedian)))) }
      cells.append(.el("td", ["class": "num hide-narrow"], .text(leader)))
      return .el("tr", line.isIndicator ? [:] : ["class": "group"], children: cells)
    }
    return HTMLPage.table(caption: nil, head: head, rows: rows)
  }

  /// Under the indicator table: each source once, numbered, with the indicators and years it
  /// gives; then the page's data as CSV.
  static func sources(_ p: CityProfile, _ s: Strings) -> [Node] {
    let notes = p.sourceNotes
    var nodes: [Node] = []
    if !notes.isEmpty {
      nodes.append(.el("h3", ["id": "sources"], .text(s.sourcesOfTheValues)))
      nodes.append(
        .el(
          "ol", ["class": "sources"],
          children: notes.enumerated().map { i, note in
            .element(
              "li", [("id", "source-\(i + 1)")],
              [.text(note.text + " — " + s.list(note.uses))]
                + (note.link.map { [.text(" ("), .el("a", ["href": $0], .text(displayAddress($0))), .text(")")] } ?? []))
          }))
    }
    nodes.append(
      .el(
        "p", ["class": "download"], .text(s.getTheData + ": "),
        .el("a", ["href": "\(p.slug).csv", "download": ""], .text("\(p.slug).csv")), .text(" (\(s.cityDataContents))")))
    return nodes
  }

  /// What changed since the previous year, like for like: the rank change in parts, the score
  /// change on what both years measure, the compared indicators that moved it (values with
  /// their years) and what does not compare, with its reason.
  static func changes(_ c: CityChange, _ l: Language, _ s: Strings) -> [Node] {
    var nodes: [Node] = [.el("h2", ["id": "changes"], .text(s.whatChangedLikeForLike(since: c.fromYear)))]
    if let parts = s.rankParts(c) { nodes.append(.el("p", [:], .text(parts))) }
    nodes.append(.el("p", [:], .text(s.changeSentence(c))))
    let rows = CityProfile.changeRows(c)
    if !rows.isEmpty {
      nodes.append(
        HTMLPage.table(
          caption: nil,
          head: [
            HTMLPage.header(s.indicator), HTMLPage.header("\(s.value) \(c.fromYear)", class: "num"),
            HTMLPage.header("\(s.value) \(c.toYear)", class: "num"), HTMLPage.header("\(s.score) \(c.fromYear)", class: "num hide-narrow"),
            HTMLPage.header("\(s.score) \(c.toYear)", class: "num hide-narrow"), HTMLPage.header(s.effect, class: "num"),
          ],
          rows: rows.map { row in
            let compared = row.status == .compared
            return .el(
              "tr", [:], .el("td", [:], .text(row.name)),
              .el("td", ["class": "num"], .text(s.changeValue(row.valueFrom, year: row.valueYearFrom, flag: row.flagFrom, unit: row.unit, scoredYear: c.fromYear))),
              .el("td", ["class": "num"], .text(s.changeValue(row.valueTo, year: row.valueYearTo, flag: row.flagTo, unit: row.unit, scoredYear: c.toYear))),
              .el("td", ["class": "num hide-narrow"], .text(l.number(row.scoreFrom))),
              .el("td", ["class": "num hide-narrow"], .text(l.number(row.scoreTo))),
              compared
                ? .el("td", ["class": row.contribution > 0 ? "num up" : "num down"], .text(l.signed(row.contribution)))
                : .el("td", ["class": "num not-compared"], .text(s.status(row.status, from: c.fromYear, to: c.toYear))))
          }))
    }
    if c.compared.allSatisfy({ abs($0.contribution) < 0.05 }) && !c.compared.isEmpty {
      nodes.append(.el("p", [:], .text(s.noIndicatorChanged)))
    }
    if !c.notCompared.isEmpty { nodes.append(.el("p", ["class": "kicker"], .text(s.notCompared(c.notCompared, from: c.fromYear, to: c.toYear)))) }
    return nodes
  }

}
