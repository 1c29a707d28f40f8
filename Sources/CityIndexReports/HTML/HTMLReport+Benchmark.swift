import CityIndex

extension HTMLReport {
  /// The comparison with the published ranking: agreement, largest disagreements, per area.
  static func benchmark(_ o: Overview, _ s: Strings) -> [Node] {
    guard let b = o.benchmark else { return [] }
    let l = o.language
    var nodes: [Node] = [.el("h2", ["id": "benchmark"], .text(s.comparedWith(b.name)))]
    guard let overall = b.overall else {
      return nodes + [.el("p", [:], .text(s.noPublishedRanks(b.name, year: o.year, years: b.publishedYears)))] + everyYear(b, s)
    }
    nodes.append(.el("p", [:], .text(s.benchmarkSentence(overall, name: b.name))))
    nodes.append(.el("h3", [:], .text(s.largestDisagreements)))
    nodes.append(
      HTMLPage.table(
        caption: nil,
        head: [
          HTMLPage.header(s.city), HTMLPage.header(s.here, class: "num"),
          HTMLPage.header(s.publishedRank, class: "num"),
          HTMLPage.header(s.difference, class: "num"),
        ],
        rows: b.disagreements.map { pair in
          .el(
            "tr", [:], .el("td", ["class": "city"], link(pair.city, o.profileSlugs[pair.city])),
            .el("td", ["class": "num"], .text(String(pair.rank))), .el("td", ["class": "num"], publishedSource(pair, .text(s.publishedRank(pair)))),
            .el("td", ["class": pair.rankDifference > 0 ? "num up" : pair.rankDifference < 0 ? "num down" : "num"],
              .text(l.rankChange(pair.rankDifference))))
        }))
    nodes.append(.el("p", ["class": "kicker"], .text(s.differenceNote)))
    let explained = b.disagreements.compactMap { pair in b.explanations[pair.city].map { (pair, $0) } }
    if !explained.isEmpty {
      nodes.append(.el("h3", ["id": "why-apart"], .text(s.whyApart)))
      nodes.append(
        .el(
          "ul", ["class": "explained"],
          children: explained.map { pair, e in .el("li", [:], .text(s.explanation(e, pair, name: b.name, unmeasured: b.unmeasured))) }))
    }
    if !b.areas.isEmpty {
      nodes.append(.el("h3", [:], .text(s.byArea)))
      nodes.append(
        HTMLPage.table(
          caption: nil,
          head: [
            HTMLPage.header(s.area), HTMLPage.header("ρ", class: "num"),
            HTMLPage.header("τ", class: "num"),
            HTMLPage.header(s.matchedCities, class: "num"),
          ],
          rows: b.areas.map { area in
            .el(
              "tr", [:], .el("td", [:], .text(area.name)),
              .el("td", ["class": "num"], .text(l.number(area.benchmark.spearman, decimals: 2))),
              .el("td", ["class": "num"], .text(l.number(area.benchmark.kendall, decimals: 2))),
              .el("td", ["class": "num"], .text(String(area.benchmark.n))))
          }))
    }
    return nodes + everyYear(b, s)
  }

  /// The agreement in every published year, each against the open data it can use.
  static func everyYear(_ b: BenchmarkSection, _ s: Strings) -> [Node] {
    guard let agreement = b.everyYear, !agreement.years.isEmpty else { return [] }
    return [
      .el("h3", ["id": "every-year"], .text(s.everyYearHeading)),
      HTMLPage.table(
        caption: nil,
        head: [
          HTMLPage.header(s.publishedYearHeader, class: "num"), HTMLPage.header(s.dataOfHeader, class: "num"),
          HTMLPage.header("ρ", class: "num"), HTMLPage.header("τ", class: "num"), HTMLPage.header(s.matchedCities, class: "num"),
          HTMLPage.header(s.areasRho),
        ],
        rows: agreement.years.map { year in
          let cells = s.everyYearRow(year)
          return .el("tr", [:], children: cells.indices.map { .el("td", $0 < cells.count - 1 ? ["class": "num"] : [:], .text(cells[$0])) })
        }),
      .el("p", ["class": "kicker"], .text(s.everyYearNote(mean: agreement.meanSpearman))),
    ]
  }
}
