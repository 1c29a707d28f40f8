import CityIndex

/// Every fixed word of the reports, in English and German.
struct Strings: Sendable {
  let language: Language
  var de: Bool { language == .de }

  var simulatedBanner: String {
    de
      ? "Simulierte Daten: Die Werte sind von einem Zufallsgenerator erzeugt, keine Messungen."
      : "Simulated data: the values are drawn by a random generator, not measured."
  }
  var simulatedTag: String { de ? "simulierte Daten" : "simulated data" }
  var ranking: String { de ? "Rangliste" : "Ranking" }
  var rank: String { de ? "Rang" : "Rank" }
  func changeSince(_ year: Int) -> String { de ? "± seit \(year)" : "± since \(year)" }
  var city: String { de ? "Stadt" : "City" }
  var total: String { de ? "Gesamt" : "Total" }
  var score: String { de ? "Punkte" : "Score" }
  var charts: String { de ? "Grafiken" : "Charts" }
  var methodology: String { de ? "Methodik" : "Methodology" }
  var notRanked: String { de ? "Nicht gewertet" : "Not ranked" }
  var backToOverview: String { de ? "← Zur Übersicht" : "← Back to the overview" }
  var cityProfiles: String { de ? "Stadtprofile" : "City profiles" }
  var history: String { de ? "Verlauf" : "History" }
  var year: String { de ? "Jahr" : "Year" }
  var median: String { "Median" }
  var leader: String { de ? "Bester Wert" : "Leader" }
  var strengths: String { de ? "Stärken" : "Strengths" }
  var weaknesses: String { de ? "Schwächen" : "Weaknesses" }
  /// When no indicator is at least `margin` points above (below) the median.
  func noneAboveMedian(_ margin: Double) -> String {
    let m = language.number(margin, decimals: margin == margin.rounded() ? 0 : 1)
    return de ? "Kein Indikator liegt \(m) Punkte oder mehr über dem Median." : "No indicator is \(m) points or more above the median."
  }
  func noneBelowMedian(_ margin: Double) -> String {
    let m = language.number(margin, decimals: margin == margin.rounded() ? 0 : 1)
    return de ? "Kein Indikator liegt \(m) Punkte oder mehr unter dem Median." : "No indicator is \(m) points or more below the median."
  }
  var area: String { de ? "Bereich" : "Area" }
  var indicator: String { de ? "Indikator" : "Indicator" }
  var unit: String { de ? "Einheit" : "Unit" }
  var value: String { de ? "Wert" : "Value" }
  var vsMedian: String { de ? "zum Median" : "vs. median" }
  var weight: String { de ? "Gewicht" : "Weight" }
  var coverage: String { de ? "Datenabdeckung" : "Data coverage" }
  var sources: String { de ? "Quellen" : "Sources" }
  var reproduce: String { de ? "So wird dieser Bericht erzeugt" : "How to reproduce this report" }
  var checksums: String { de ? "Prüfsummen der Eingaben (SHA-256)" : "Checksums of the inputs (SHA-256)" }
  var hierarchy: String { de ? "Aufbau und Gewichte" : "Structure and weights" }
  var rankingChart: String { de ? "Gesamtpunkte je Stadt" : "Total score per city" }
  var heatmap: String { de ? "Punkte je Bereich und Stadt" : "Score per area and city" }
  var rankHistory: String { de ? "Rangverlauf der führenden Städte" : "Rank history of the leading cities" }
  var areaBars: String { de ? "Punkte je Bereich" : "Score per area" }
  var missing: String { de ? "fehlt" : "missing" }
  var citiesWithValue: String { de ? "Städte mit Wert" : "cities with a value" }
  var normalization: String { de ? "Normierung" : "Normalisation" }
  var aggregation: String { de ? "Aggregation" : "Aggregation" }
  var missingData: String { de ? "Fehlende Werte" : "Missing data" }
  var bounds: String { de ? "Bezugsgröße der Normierung" : "Normalisation bounds" }
  var minCoverage: String { de ? "Mindestabdeckung" : "Minimum coverage" }
  var points: String { de ? "Punkte" : "points" }
}

extension Strings {
  func describe(_ method: Normalization) -> String {
    switch (method, de) {
    case (.minMax, false): "min-max: the best city scores 100, the worst 0, the others in proportion"
    case (.minMax, true): "Min-Max: die beste Stadt erhält 100 Punkte, die schwächste 0, die übrigen anteilig"
    case (.goalpost, false): "goalposts: fixed minimum and maximum from the index definition, clamped to 0–100"
    case (.goalpost, true): "Zielpfosten: feste Unter- und Obergrenzen aus der Indexdefinition, begrenzt auf 0–100"
    case (.zScore, false): "z-scores: 50 + 10 standard deviations from the mean"
    case (.zScore, true): "z-Werte: 50 + 10 Standardabweichungen vom Mittelwert"
    case (.percentile, false): "percentile ranks: share of cities with a lower value, 0–100"
    case (.percentile, true): "Perzentilränge: Anteil der Städte mit niedrigerem Wert, 0–100"
    case (.distanceToTarget, false): "distance to target: the share of the way from the weakest city to the target, capped at 100"
    case (.distanceToTarget, true): "Abstand zum Ziel: Anteil des Weges von der schwächsten Stadt bis zum Zielwert, höchstens 100"
    case (.rank, false): "plain ranks: the weakest city 1, the best as many as there are cities"
    case (.rank, true): "einfache Ränge: die schwächste Stadt 1, die beste so viele, wie es Städte gibt"
    }
  }

  func describe(_ method: Aggregation) -> String {
    switch (method, de) {
    case (.arithmetic, false): "weighted arithmetic mean at every level"
    case (.arithmetic, true): "gewichtetes arithmetisches Mittel auf jeder Ebene"
    case (.geometric, false): "weighted geometric mean at every level"
    case (.geometric, true): "gewichtetes geometrisches Mittel auf jeder Ebene"
    case (.harmonic, false): "weighted harmonic mean at every level"
    case (.harmonic, true): "gewichtetes harmonisches Mittel auf jeder Ebene"
    case (.product, false): "product of the children's scores (weights as exponents)"
    case (.product, true): "Produkt der Punktwerte der Unterebenen (Gewichte als Exponenten)"
    case (.copeland, false): "Copeland: share of pairwise comparisons a city wins by weighted majority of its children"
    case (.copeland, true): "Copeland: Anteil der paarweisen Vergleiche, die eine Stadt per gewichteter Mehrheit gewinnt"
    }
  }

  func describe(_ method: MissingData) -> String {
    switch (method, de) {
    case (.skip, false): "left out; the other indicators of the group count with their weights renormalised"
    case (.skip, true): "ausgelassen; die übrigen Indikatoren der Gruppe zählen mit neu normierten Gewichten"
    case (.zero, false): "scored 0 points"
    case (.zero, true): "mit 0 Punkten gewertet"
    case (.mean, false): "replaced by the mean of the other cities' values that year"
    case (.mean, true): "ersetzt durch den Mittelwert der anderen Städte im selben Jahr"
    case (.median, false): "replaced by the median of the other cities' values that year"
    case (.median, true): "ersetzt durch den Median der anderen Städte im selben Jahr"
    case (.groupMean, false): "replaced by the mean of the city's group that year"
    case (.groupMean, true): "ersetzt durch den Mittelwert der Gruppe der Stadt im selben Jahr"
    case (.groupMedian, false): "replaced by the median of the city's group that year"
    case (.groupMedian, true): "ersetzt durch den Median der Gruppe der Stadt im selben Jahr"
    case (.lastYear, false): "carried forward from the city's latest earlier year with a value"
    case (.lastYear, true): "aus dem letzten früheren Jahr der Stadt mit einem Wert übernommen"
    }
  }

  func describe(_ scope: NormalizationScope) -> String {
    switch (scope, de) {
    case (.year, false): "the cities of the year shown"
    case (.year, true): "die Städte des gezeigten Jahres"
    case (.panel, false): "all cities over all years, so that scores compare across years"
    case (.panel, true): "alle Städte über alle Jahre, damit Punkte zwischen Jahren vergleichbar sind"
    }
  }

  func rankOf(_ rank: Int, _ count: Int) -> String { de ? "Rang \(rank) von \(count)" : "Rank \(rank) of \(count)" }
  var citiesRanked: String { de ? "Städte gewertet" : "cities ranked" }
  func indicatorsInAreas(_ areas: Int) -> String { de ? "Indikatoren in \(areas) Bereichen" : "indicators in \(areas) areas" }
  func madeWith() -> String {
    de
      ? "Erstellt mit sci \(SCIVersion.current), der offenen Smart-City-Index-Engine."
      : "Made with sci \(SCIVersion.current), the open Smart City Index engine."
  }
  func chartDescriptionRanking(_ leader: String, _ score: String, _ last: String, _ lastScore: String) -> String {
    de
      ? "Balken je Stadt, nach Rang sortiert; \(leader) führt mit \(score) Punkten, \(last) hat \(lastScore). Die Werte stehen auch in der Tabelle."
      : "One bar per city, by rank; \(leader) leads with \(score) points, \(last) has \(lastScore). The values are also in the table."
  }
  func chartDescriptionHeatmap() -> String {
    de
      ? "Farbfläche: Zeilen sind Städte nach Rang, Spalten die Bereiche; dunkel heißt wenige, gelb viele Punkte. Die Werte stehen in den Zellen und in der Tabelle."
      : "Heat map: rows are cities by rank, columns the areas; dark means few points, yellow many. Values are written in the cells and in the table."
  }
  func chartDescriptionHistory(_ years: String) -> String {
    de ? "Linien je Stadt: Rang in den Jahren \(years), Rang 1 oben." : "One line per city: rank in \(years), rank 1 at the top."
  }
  func chartDescriptionAreas(_ city: String) -> String {
    de
      ? "Balken: Punkte von \(city) je Bereich; schwarzer Strich: Median aller Städte; Raute: bester Wert. Die Werte stehen auch in der Tabelle."
      : "Bars: \(city)'s score per area; black tick: median of all cities; diamond: the best city. The values are also in the table."
  }
}

extension Strings {
  /// An indicator's raw value with its unit; `yes/no` indicators say yes or no.
  func rawValue(_ line: CityProfile.Line) -> String {
    guard line.isIndicator else { return "" }
    if line.raw.isNaN { return missing + adjustmentNote(line.adjustment) }
    let marks = provenanceNote(valueYear: line.valueYear, flag: line.flag)
    if Self.isYesNo(line.unit) && (line.raw == 0 || line.raw == 1) {
      return (line.raw == 1 ? (de ? "ja" : "yes") : (de ? "nein" : "no")) + marks
    }
    let value = language.number(line.raw, decimals: Self.shownDecimals(line.raw))
    return (line.unit.isEmpty ? value : "\(value) \(line.unit)") + marks + adjustmentNote(line.adjustment)
  }

  /// Whether a unit says yes/no, in English or German (as ``Node/isYesNo``).
  static func isYesNo(_ unit: String) -> Bool { CityIndex.Node.isYesNo(unit: unit) }

  /// The leader's score and name, with how many share it: `100.0 (Aachen +12)`.
  func leader(_ line: CityProfile.Line) -> String {
    guard !line.leaderCity.isEmpty else { return "–" }
    let others = line.leaderTies > 0 ? (de ? " und \(line.leaderTies) weitere" : " and \(line.leaderTies) more") : ""
    return "\(language.number(line.leaderScore)) (\(line.leaderCity)\(others))"
  }

  /// A raw value's decimals on a page: as given, but no more than its size needs — three below
  /// 1 (a car-stock share of 0.099 %), two below 100, one above (a rate computed per
  /// inhabitant has endless decimals).
  static func shownDecimals(_ value: Double) -> Int {
    min(decimals(value), abs(value) < 1 ? 3 : abs(value) < 100 ? 2 : 1)
  }

  /// Raw values keep the precision they were given with, up to three decimals (a car-stock
  /// share of 0.099 %).
  static func decimals(_ value: Double) -> Int {
    for decimals in 0..<3 {
      let scaled = value * Double([1, 10, 100][decimals])
      if abs(scaled - scaled.rounded()) < 1e-9 * max(1, abs(scaled)) { return decimals }
    }
    return 3
  }
}

extension Strings {
  func moversSince(_ year: Int) -> String { de ? "Auf- und Absteiger seit \(year)" : "Biggest movers since \(year)" }
  var places: String { de ? "Plätze" : "Places" }
  var peers: String { de ? "Vergleichsgruppe" : "Peers" }
  func peerGroup(_ kind: PeerKind, _ label: String, rank: Int?, of count: Int) -> String {
    let kindText = kind == .state ? (de ? "Land" : "state") : kind == .size ? (de ? "Größenklasse" : "size class") : (de ? "alle" : "all")
    let position = rank.map { de ? "Rang \($0) von \(count)" : "rank \($0) of \(count)" } ?? ""
    return de ? "\(kindText): \(label) — \(position)" : "\(kindText): \(label) — \(position)"
  }
  var peerMedian: String { de ? "Median Gruppe" : "Peer median" }
  var nextRank: String { de ? "Bis zum nächsten Rang" : "Gap to the next rank" }
  /// Follows the name of the city one place up.
  func nextUpSuffix(rank: Int, gap: String) -> String {
    de ? " auf Rang \(rank) liegt \(gap) Punkte vorn." : ", at rank \(rank), is \(gap) points ahead."
  }
  var levers: String {
    de
      ? "Größte Hebel (Anteil am Index × Abstand zum besten Wert, andere Werte unverändert — eine Schätzung):"
      : "Biggest levers (share of the index × distance to the best score, other scores unchanged — an estimate):"
  }
  var gapCommandLead: String { de ? "Einen Schritt für Schritt neu berechneten Plan liefert:" : "For a plan re-scored step by step:" }
  var leads: String { de ? "Die Stadt führt die Rangliste an." : "The city leads the ranking." }
}

extension Strings {
  var plausibleRanks: String { de ? "Plausible Ränge" : "Plausible ranks" }
  func plausibly(_ low: Int, _ high: Int) -> String {
    low == high ? (de ? "sicher" : "certain") : (de ? "plausibel \(low)–\(high)" : "plausibly \(low)–\(high)")
  }
  var intervalChart: String { de ? "Wie sicher ist der Rang?" : "How sure is the rank?" }
  func intervalDescription(_ samples: Int, _ u: String) -> String {
    de
      ? "Für jede Stadt der Bereich, in dem 90 % der Ränge aus \(samples) Läufen mit zufällig um ±\(u) veränderten Gewichten liegen (Balken), der Median (Punkt) und der Rang mit den festgelegten Gewichten (Strich)."
      : "For each city, the range holding 90 % of its ranks over \(samples) runs with every weight varied at random by ±\(u) (bar), the median (dot) and the rank with the stated weights (tick)."
  }
  func uncertaintyMethod(_ samples: Int, _ u: String, _ seed: UInt64, methods: Bool) -> String {
    let drawn = methods ? (de ? "; dazu zufällig Normierung und Aggregation" : "; normalisation and aggregation drawn too") : ""
    return de
      ? "Monte-Carlo-Analyse: \(samples) Läufe, jedes Gewicht mal einem Faktor aus [1 − \(u), 1 + \(u)]\(drawn); Startwert \(seed)."
      : "Monte Carlo: \(samples) runs, every weight times a factor drawn from [1 − \(u), 1 + \(u)]\(drawn); seed \(seed)."
  }
  var uncertaintyLabel: String { de ? "Unsicherheit" : "Uncertainty" }
}
