import CityIndex

/// The words about where values come from: vintage, flags, credit lines, the published ranking.
extension Strings {
  var dataVintage: String { de ? "Datenstand" : "Data vintage" }
  var valuesFrom: String { de ? "Werte aus" : "Values from" }
  var maxAge: String { de ? "Höchstalter" : "Max age" }
  var carriedCities: String { de ? "Fortgeschrieben" : "Carried forward" }
  var tooOld: String { de ? "Zu alt" : "Too old" }
  var flaggedValues: String { de ? "Markiert" : "Flagged" }
  var creditsHeading: String { de ? "Quellen, Lizenzen und Namensnennung" : "Sources, licences and attribution" }
  func years(_ n: Int) -> String { de ? "\(n) \(n == 1 ? "Jahr" : "Jahre")" : "\(n) year\(n == 1 ? "" : "s")" }

  /// The vintage table's explanation.
  func vintageNote(_ year: Int) -> String {
    de
      ? "Die Quellen enden in verschiedenen Jahren. Fehlt einer Stadt ein Wert für \(year), zählt ihr letzter früherer Wert, höchstens so viele Jahre alt wie angegeben (fortgeschrieben); ältere Werte zählen nicht (zu alt, als fehlend gewertet). Markiert: proxy = der Wert einer größeren Einheit, zu der die Stadt gehört (Kreis, Zulassungsbezirk, Onleihe-Verbund)."
      : "The sources end in different years. Where a city has no value for \(year), its latest earlier value counts if it is at most the maximum age old (carried forward); older ones do not (too old: counted as missing). Flagged: proxy = the value of a larger unit the city belongs to (Kreis, registration district, Onleihe network)."
  }

  /// One sentence under the headline: the values are real, and which are older or stand in.
  func realDataSentence(year: Int, vintage: [VintageRow], flagged: [VintageRow.FlagCount], dropped: [VintageRow.FlagCount]) -> String {
    let carried = vintage.filter { $0.carried > 0 }
    let oldest = carried.flatMap { $0.years.map(\.year) }.min()
    var parts: [String] = []
    if de {
      parts.append("Alle Werte sind echte, öffentlich zugängliche Daten mit Quelle und Jahr (siehe Methodik).")
      if let oldest {
        parts.append(
          "Für \(carried.count) der \(vintage.count) Indikatoren gibt es keine Werte für \(year); es zählen die letzten früheren, bis zurück nach \(oldest): "
            + carried.map(\.name).joined(separator: ", ") + ".")
      }
      if let proxies = flagged.first(where: { $0.flag == "proxy" }) {
        parts.append("\(proxies.count) Werte sind die einer größeren Einheit, zu der die Stadt zählt (Näherung), und in den Stadtprofilen markiert.")
      }
      if let breaks = flagged.first(where: { $0.flag == ComparisonStatus.breakFlag }) { parts.append(breakSentence(breaks.count, year: year)) }
      if !dropped.isEmpty { parts.append("Ausgelassen: " + dropped.map { "\($0.count) \($0.flag)" }.joined(separator: ", ") + ".") }
    } else {
      parts.append("Every value is real, public data with its source and year (see the methodology).")
      if let oldest {
        parts.append(
          "\(carried.count) of the \(vintage.count) indicators have no values for \(year); their latest earlier ones count, going back to \(oldest): "
            + carried.map(\.name).joined(separator: ", ") + ".")
      }
      if let proxies = flagged.first(where: { $0.flag == "proxy" }) {
        parts.append("\(proxies.count) values are those of a larger unit the city belongs to (proxy), marked on the city pages.")
      }
      if let breaks = flagged.first(where: { $0.flag == ComparisonStatus.breakFlag }) { parts.append(breakSentence(breaks.count, year: year)) }
      if !dropped.isEmpty { parts.append("Left out: " + dropped.map { "\($0.count) \($0.flag)" }.joined(separator: ", ") + ".") }
    }
    return parts.joined(separator: " ")
  }

  /// Under the movers: indicators that appear or disappear between the two years.
  func arrivalNote(arrived: [String], departed: [String], previous: Int, year: Int) -> String {
    var parts: [String] = []
    if !arrived.isEmpty {
      parts.append(
        de
          ? "Erst ab \(year) mit Werten: \(arrived.joined(separator: ", ")); ein Teil der Veränderungen seit \(previous) ist ihr Hinzukommen."
          : "With values from \(year) only: \(arrived.joined(separator: ", ")); part of the changes since \(previous) is their arrival.")
    }
    if !departed.isEmpty {
      parts.append(
        de
          ? "\(year) ohne gültige Werte: \(departed.joined(separator: ", "))."
          : "No usable values in \(year): \(departed.joined(separator: ", ")).")
    }
    return parts.joined(separator: " ")
  }

  /// What marks a value on a city page: the year it is from, and its flag.
  func provenanceNote(valueYear: Int?, flag: String?) -> String {
    let marks = provenanceMarks(valueYear: valueYear, flag: flag)
    return marks.isEmpty ? "" : " (" + marks + ")"
  }

  /// The same marks without the parentheses (a workbook cell's comment): `2019 value, value of a larger unit
  /// (proxy)`, or empty.
  func provenanceMarks(valueYear: Int?, flag: String?) -> String {
    var marks: [String] = []
    if let valueYear { marks.append(de ? "Wert von \(valueYear)" : "\(valueYear) value") }
    if let flag {
      switch flag.lowercased() {
      case "proxy": marks.append(de ? "Wert einer größeren Einheit (Näherung)" : "value of a larger unit (proxy)")
      case ComparisonStatus.breakFlag: marks.append(de ? "neue Methode der Quelle: Bruch" : "new method in the source: break")
      default: marks.append(flag)
      }
    }
    return marks.joined(separator: ", ")
  }

  func comparedWith(_ name: String) -> String { de ? "Vergleich mit: \(name)" : "Compared with the \(name)" }

  func benchmarkSentence(_ b: RankingBenchmark, name: String) -> String {
    let rho = language.number(b.spearman, decimals: 2)
    let tau = language.number(b.kendall, decimals: 2)
    return de
      ? "\(name) hat für \(b.otherYear) die Ränge von \(b.otherCount) Städten veröffentlicht; \(b.n) davon rangieren auch hier. Über diese Städte stimmen die Reihenfolgen mit Spearmans ρ = \(rho) und Kendalls τ = \(tau) überein (1: gleiche Reihenfolge, 0: kein Zusammenhang). Dieser Index misst mit offenen Daten nur einen Teil dessen, was \(name) bewertet."
      : "\(name) published the ranks of \(b.otherCount) cities for \(b.otherYear); \(b.n) of them are ranked here. Over those cities the orders agree with Spearman's ρ = \(rho) and Kendall's τ = \(tau) (1: the same order, 0: unrelated). This index measures with open data only part of what \(name) scores."
  }

  func noPublishedRanks(_ name: String, year: Int, years: [Int]) -> String {
    de
      ? "\(name) hat für \(year) keine Ränge veröffentlicht (Jahre mit Rängen: \(yearList(years)))."
      : "\(name) published no ranks for \(year) (years with ranks: \(yearList(years)))."
  }

  var largestDisagreements: String { de ? "Größte Abweichungen" : "Largest disagreements" }
  var here: String { de ? "Rang hier" : "Rank here" }
  var publishedRank: String { de ? "Veröffentlicht" : "Published" }
  var difference: String { de ? "Differenz" : "Difference" }
  var differenceNote: String {
    de
      ? "Differenz = veröffentlichter Rang − Rang hier: positiv, wo dieser Index die Stadt weiter vorn sieht. Jeder veröffentlichte Rang verweist auf seine Quelle; „abgeleitet“: aus veröffentlichten Zahlen erschlossen, nicht so veröffentlicht."
      : "Difference = published rank − rank here: positive where this index places the city higher. Each published rank links to where it was published; “derived”: worked out from published figures, not published as such."
  }
  var byArea: String { de ? "Je Bereich (veröffentlichte Bereichspunkte)" : "Per area (published area scores)" }
  var everyYearHeading: String { de ? "Jedes veröffentlichte Jahr" : "Every published year" }
  var publishedYearHeader: String { de ? "Veröffentlicht" : "Published" }
  var dataOfHeader: String { de ? "Offene Daten von" : "Open data of" }
  var areasRho: String { de ? "Bereiche: ρ (Städte)" : "Areas: ρ (cities)" }
  /// `Verwaltung −0.03 (11); IT und Kommunikation 0.63 (9)`.
  func areaAgreements(_ areas: [PublishedAgreement.Area]) -> String {
    areas.isEmpty
      ? "–"
      : areas.map { "\($0.name) \(language.number($0.benchmark.spearman, decimals: 2)) (\($0.benchmark.n))" }.joined(separator: "; ")
  }
  /// One row of the every-year table: published year, data year, ρ, τ, cities, the areas' ρ.
  func everyYearRow(_ year: PublishedAgreement.Year) -> [String] {
    let (rho, tau, n) =
      year.overall.map { (language.number($0.spearman, decimals: 2), language.number($0.kendall, decimals: 2), String($0.n)) }
      ?? ("–", "–", "0")
    return [String(year.publishedYear), String(year.dataYear), rho, tau, n, areaAgreements(year.areas)]
  }
  func everyYearNote(mean: Double?) -> String {
    let m = mean.map { language.number($0, decimals: 2) } ?? "–"
    return de
      ? "Jedes veröffentlichte Ranking gegen das dieses Index aus den offenen Daten desselben Jahres (sonst des letzten früheren); Mittel von ρ: \(m). Ab wenigen Städten sagt ρ wenig: bei 15 Städten ist seine Streuung etwa ±0,25."
      : "Each published ranking against this index's of the open data of the same year (else the latest earlier one); mean ρ: \(m). Over few cities ρ says little: at 15 cities it scatters by about ±0.25."
  }
  var matchedCities: String { de ? "Städte" : "Cities" }

  func publishedResults(_ name: String) -> String { de ? "Veröffentlichte Ergebnisse: \(name)" : "Published results: \(name)" }
  var publishedNone: String { de ? "Für diese Stadt ist kein veröffentlichtes Ergebnis bekannt." : "No published result is known for this city." }
  /// `2022: rank 13 (derived), 74.7 points`: a derived figure says so.
  func publishedResult(_ r: PublishedResult) -> String {
    let derived = de ? " (abgeleitet)" : " (derived)"
    let rank = r.rank.map { (de ? "Rang \($0)" : "rank \($0)") + (r.rankDerived ? derived : "") }
    let total = r.total.map { "\(language.number($0, decimals: Self.decimals($0))) \(points)" + (r.totalDerived ? derived : "") }
    return "\(r.year): " + [rank, total].compactMap { $0 }.joined(separator: ", ")
  }

  var indicatorsWithData: String { de ? "Indikatoren mit Daten" : "Indicators with data" }
  func indicatorShare(_ count: Int, of total: Int) -> String { "\(count) / \(total)" }
  var historyNote: String {
    de
      ? "Ein Jahr, in dem weniger Indikatoren Daten haben, bewertet weniger; seine Ränge sind mit anderen Jahren nur bedingt vergleichbar."
      : "A year with fewer indicators with data scores less; its ranks compare with other years' only in part."
  }

  var effect: String { de ? "Wirkung auf die Gesamtpunkte" : "Effect on the total" }
  var noIndicatorChanged: String {
    de ? "Kein Indikator hat sich um 0,05 Punkte oder mehr verändert." : "No indicator's effect reached 0.05 points."
  }
  /// `5G in 2020; Portal and Ladepunkte in 2023` (`5G 2020; …` in German).
  func missingByYear(_ missing: [(name: String, year: Int)]) -> String {
    Array(Set(missing.map(\.year))).sorted().map { year in
      let names = list(missing.filter { $0.year == year }.map(\.name))
      return de ? "\(names) \(year)" : "\(names) in \(year)"
    }.joined(separator: "; ")
  }

  /// `A`, `A and B`, `A, B and C` (`und` in German).
  func list(_ items: [String]) -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + (de ? " und " : " and ") + last
  }

  /// What a point means, in plain words, with the leader's score as the example.
  func pointsSentence(_ o: ScoringOptions, leader: String, score: Double) -> String {
    let points = language.number(score)
    switch (o.normalization, o.scope, de) {
    case (.minMax, .year, false):
      return "Points are relative, not absolute: on each indicator the best city of the year scores 100 and the weakest 0; "
        + "a total is the weighted mean. \(leader)'s \(points) points mean it stands, on average, \(points) % of the way from the weakest "
        + "to the best city — not that it reached \(points) % of any goal."
    case (.minMax, .year, true):
      return "Punkte sind relativ, nicht absolut: Je Indikator erhält die beste Stadt des Jahres 100, die schwächste 0; die Gesamtpunkte "
        + "sind der gewichtete Mittelwert. \(points) Punkte für \(leader) heißen: im Mittel \(points) % des Weges von der schwächsten zur "
        + "besten Stadt — nicht \(points) % eines Ziels."
    case (.minMax, .panel, false):
      return "Points are relative: on each indicator the best city-year of all years scores 100 and the weakest 0; a total is the weighted mean."
    case (.minMax, .panel, true):
      return "Punkte sind relativ: Je Indikator erhält der beste Stadt-Jahres-Wert aller Jahre 100, der schwächste 0; die Gesamtpunkte sind der gewichtete Mittelwert."
    default:
      return (de ? "Punkte: " : "Points: ") + describe(o.normalization) + "."
    }
  }

  /// What the plausible ranks cover, and what they do not.
  func plausibleSentence(_ samples: Int, _ u: String) -> String {
    de
      ? "Plausible Ränge: der Bereich, in dem 90 % der Ränge einer Stadt liegen, wenn jedes Gewicht zufällig um bis zu ±\(u) schwankt (\(samples) Läufe). Sie decken die Wahl der Gewichte ab, nicht Fehler oder Lücken in den Daten und nicht fehlende Indikatoren."
      : "Plausible ranks: the range holding 90 % of a city's ranks when every weight varies at random by up to ±\(u) (\(samples) runs). They cover the choice of weights — not errors or gaps in the data, nor indicators the index lacks."
  }

  var mapHeading: String { de ? "Karte" : "Map" }
  var mapTitle: String { de ? "Die Städte auf der Karte" : "The cities on the map" }
  func mapDescription(_ count: Int) -> String {
    de
      ? "Karte Deutschlands mit den Ländergrenzen und \(count) Städten als Kreise: Fläche nach Einwohnerzahl, Farbe nach Gesamtpunkten (dunkel wenige, gelb viele). Rang und Punkte jeder Stadt stehen auch in der Rangliste."
      : "Map of Germany with the Länder and \(count) cities as circles: area by population, colour by total score (dark few, yellow many). Every city's rank and score are also in the ranking."
  }
  /// The source note the BKG's licence requires next to the map.
  var mapCredit: String { "© GeoBasis-DE / BKG 2021 (Daten verändert)" }
  var mapLicence: String { "Datenlizenz Deutschland – Namensnennung – Version 2.0" }
  func locatorTitle(_ city: String) -> String { de ? "Lage von \(city) in Deutschland" : "Where \(city) is in Germany" }

  var weightsLegend: String { de ? "Gewichte der Bereiche selbst wählen" : "Choose the areas' weights yourself" }
  var resetWeights: String { de ? "Veröffentlichte Gewichte" : "Published weights" }
  var filterLabel: String { de ? "Stadt oder Land suchen" : "Find a city or state" }
  func weightsNote(_ aggregation: Aggregation) -> String {
    de
      ? "Die Rangliste und die Karte rechnen sofort neu — genau wie sci rank --weights mit diesen Gewichten (Aggregation: \(name(aggregation))). Gewicht 0 lässt einen Bereich weg. Der Link hält die Gewichte fest."
      : "The ranking and the map re-score at once — exactly as sci rank --weights with these weights would (aggregation: \(aggregation.rawValue)). Weight 0 leaves an area out. The link keeps the weights."
  }
  func noReweighting(_ aggregation: Aggregation, weighting: Weighting) -> String {
    if aggregation == .copeland {
      return de
        ? "Andere Gewichte lassen sich hier nicht ausprobieren: Die Copeland-Aggregation vergleicht Städte paarweise; das rechnet sci rank --weights."
        : "Other weights cannot be tried here: Copeland aggregation compares cities pair by pair; sci rank --weights computes it."
    }
    return de
      ? "Andere Gewichte lassen sich hier nicht ausprobieren, weil dieser Bericht eigene Gewichte unterhalb der Bereiche oder eine andere Punkteskala nutzt; sci rank --weights rechnet sie."
      : "Other weights cannot be tried here: this report uses its own weights below the areas or another score range; sci rank --weights computes them."
  }
  /// Words the script shows, with `%city`, `%score`, `%n` filled in.
  var explorerText: [String: String] {
    [
      "leader": de ? "Mit diesen Gewichten führt %city mit %score Punkten." : "With these weights %city leads with %score points.",
      "shift": de ? "± zu den veröffentlichten Gewichten" : "± vs. published weights",
      "shown": de ? "%n Städte gefunden." : "%n cities found.",
      "newCity": de ? "neu" : "new",
      "duelLeads": de ? "%a liegt %points Punkte vor %b (%ta zu %tb)." : "%a leads %b by %points points (%ta to %tb).",
      "duelLevel": de ? "%a und %b liegen gleichauf bei %score Punkten." : "%a and %b are level at %score points.",
      "duelRanks": de ? "Mit diesen Gewichten: %a Rang %ra, %b Rang %rb." : "With these weights: %a rank %ra, %b rank %rb.",
      "duelArea": de ? "Bereich" : "Area",
      "duelPoints": de ? "Punkte des Abstands" : "Points of the gap",
      "duelTotal": de ? "Gesamt" : "Total",
      "duelSign": de ? "Punkte des Abstands: positiv, wo %a vorn liegt." : "Points of the gap: positive where %a is ahead.",
      "duelRest": de
        ? "%points Punkte sind keinem Indikator zugeordnet (Indikatoren, für die keine der beiden Städte einen Wert hat)."
        : "%points points are not attributed to an indicator (indicators neither city has a value for).",
      "duelStandIn": de
        ? "Wo nur eine Stadt einen Wert hat, zählt für die andere ihr eigener Bereichswert, wie der Index einen fehlenden Wert wertet."
        : "Where only one city has a value, the other's own area score counts in its place, as the index scores a missing value.",
    ]
  }
}
