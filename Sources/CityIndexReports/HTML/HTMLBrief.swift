import CityIndex

/// The council brief as one self-contained HTML page, set to print on one A4 page (its own
/// compact style; no script, no external resource).
public enum HTMLBrief {
  static let css = """
    @page { size: A4; margin: 10mm 12mm; }
    * { box-sizing: border-box; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 10pt; line-height: 1.3; color: #111; margin: 0 auto; max-width: 46rem; padding: 1rem; }
    h1 { font-size: 16pt; margin: 0 0 .1rem; }
    h2 { font-size: 10.5pt; margin: .6rem 0 .2rem; border-bottom: 1px solid #ccc; padding-bottom: .1rem; }
    p, ul { margin: .25rem 0; }
    ul { padding-left: 1.1rem; }
    .kicker { color: #555; font-size: 9pt; }
    .figures { display: flex; flex-wrap: wrap; gap: 1.4rem; margin: .3rem 0; }
    .figures b { display: block; font-size: 16pt; }
    .figures span { color: #444; font-size: 9pt; }
    .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
    @media (max-width: 36rem) { .columns { grid-template-columns: 1fr; } }
    .credits { font-size: 7.5pt; color: #444; line-height: 1.25; }
    h3 { font-size: 10pt; margin: .3rem 0 .1rem; }
    @media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
    """

  public static func render(_ b: CouncilBrief) -> String {
    let p = b.profile
    let s = Strings(language: p.language)
    let l = p.language
    var body: [Node] = [
      .el("p", ["class": "kicker"], .text(s.councilBrief + (b.madeOn.map { " · \($0)" } ?? ""))),
      .el("h1", [:], .text(s.briefTitle(b))),
    ]
    if p.simulated { body.append(.el("p", ["class": "kicker"], .text(s.simulatedBanner))) }
    var figures: [Node] = []
    if let rank = p.rank {
      figures.append(figure(String(rank), s.rankOf(rank, p.rankedCount) + (p.interval.map { " · " + s.plausibly($0.p05, $0.p95) } ?? "")))
      figures.append(figure(l.number(p.total), s.score))
    } else if let entry = p.notRanked {
      body.append(.el("p", [:], .text("\(s.notRanked) \(p.year): \(s.reason(entry))")))
    }
    if let change = HTMLReport.historyChange(p) {
      let marked = p.changes?.rankParts?.isMostlyNotComparable == true
      figures.append(figure(l.rankChange(change.places) + (marked ? "¹" : ""), s.changeSince(change.since) + (marked ? " · " + s.mostlyNotComparable : "")))
    }
    if !figures.isEmpty { body.append(.el("div", ["class": "figures"], children: figures)) }

    if let c = p.changes {
      body.append(.el("h2", [:], .text(s.whatChangedLikeForLike(since: c.fromYear))))
      if let parts = s.rankParts(c) { body.append(.el("p", [:], .text(parts))) }
      body.append(.el("p", [:], .text(s.changeSentence(c))))
      let rows = CityProfile.changeRows(c).prefix(3)
      if !rows.isEmpty {
        body.append(
          .el(
            "ul", [:],
            children: rows.map { .el("li", [:], .text(s.briefChange($0, c))) }))
      }
    }

    let peers = p.analysis.peers
    body.append(.el("h2", [:], .text(s.againstPeers(peers.label, count: peers.cities.count))))
    body.append(
      .el(
        "div", ["class": "columns"],
        .el("div", [:], .el("h3", [:], .text(s.strengths)), standings(b.strengths, s)),
        .el("div", [:], .el("h3", [:], .text(s.weaknesses)), standings(b.weaknesses, s))))

    if let (top, gap) = b.plan {
      body.append(.el("h2", [:], .text(s.towardTop(top))))
      body.append(.el("ul", [:], children: gap.steps.map { .el("li", [:], .text(s.planStep($0))) }))
      body.append(.el("p", [:], .text(s.planResult(gap, top: top))))
      body.append(.el("p", ["class": "kicker"], .text(s.planRule(notLevers: b.notLevers))))
    } else if let rank = p.rank, rank == 1 {
      body.append(.el("p", [:], .text(s.alreadyInTop(p.city, rank: rank))))
    }

    body.append(.el("h2", [:], .text(s.sources)))
    body.append(.el("p", ["class": "kicker"], .text(s.briefFoot(b))))
    // The credit lines in one small paragraph: every one the values need, in little room.
    let credits = p.credits.map { credit in
      credit.attribution + (credit.licence.isEmpty ? "" : " — " + credit.licence)
    }
    body.append(.el("p", ["class": "credits"], .text(credits.joined(separator: " · "))))
    let document = Node.group([
      .trusted("<!DOCTYPE html>\n"),
      .el(
        "html", ["lang": l.rawValue],
        .el(
          "head", [:], .el("meta", ["charset": "utf-8"]),
          .el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
          .el("title", [:], .text("\(s.councilBrief): \(s.briefTitle(b))")), .el("style", [:], .trusted(css))),
        .el("body", [:], .el("main", [:], children: body))),
    ])
    return document.rendered + "\n"
  }

  static func figure(_ value: String, _ label: String) -> Node {
    .el("div", [:], .el("b", [:], .text(value)), .el("span", [:], .text(label)))
  }

  static func standings(_ list: [CouncilBrief.Standing], _ s: Strings) -> Node {
    list.isEmpty ? .el("p", [:], .text("–")) : .el("ul", [:], children: list.map { .el("li", [:], .text(s.standing($0))) })
  }
}
