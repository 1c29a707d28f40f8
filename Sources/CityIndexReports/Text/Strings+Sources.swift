import CityIndex

/// The words of credits, chart frames and the explained disagreements with a published ranking.
extension Strings {
  var credits: String {
    switch language {
    case .en: "Credits"
    case .de: "Namensnennung"
    }
  }

  /// What the cities file's credit covers, where its line names nothing.
  var namesAndCoordinates: String {
    switch language {
    case .en: "city names, states and coordinates"
    case .de: "Städtenamen, Länder und Koordinaten"
    }
  }

  var mapOutlines: String {
    switch language {
    case .en: "map outlines"
    case .de: "Kartengrundlage"
    }
  }

  /// The map credit in one line, for a chart's foot: `Map: © GeoBasis-DE / BKG 2021 (Daten verändert), dl-de/by-2-0`.
  var mapCreditLine: String {
    switch language {
    case .en: "Map: \(mapCredit), dl-de/by-2-0"
    case .de: "Karte: \(mapCredit), dl-de/by-2-0"
    }
  }

  /// A chart's source line: `Source: Open Smart City Index 2021 (sci), from …`.
  func chartSource(title: String, year: Int) -> String {
    switch language {
    case .en: "Source: \(title) \(year), made with sci from the data credited below"
    case .de: "Quelle: \(title) \(year), mit sci berechnet aus den unten genannten Daten"
    }
  }

  var dataLabel: String {
    switch language {
    case .en: "Data"
    case .de: "Daten"
    }
  }

  /// Before a chart's image files: `Image: ranking.svg, ranking.png`.
  var image: String {
    switch language {
    case .en: "Image"
    case .de: "Grafik"
    }
  }

  /// A published rank in a table: `8`, or `8 (derived)` where it was worked out, not published.
  func publishedRank(_ pair: RankingBenchmark.Pair) -> String {
    guard pair.otherDerived else { return String(pair.otherRank) }
    switch language {
    case .en: return "\(pair.otherRank) (derived)"
    case .de: return "\(pair.otherRank) (abgeleitet)"
    }
  }

  var whyApart: String {
    switch language {
    case .en: "Why so far apart (generated from both indexes' data)"
    case .de: "Warum so weit auseinander (aus den Daten beider Indizes erzeugt)"
    }
  }

  /// An indicator with its value and score: `Photovoltaik 12.3 W per inhabitant (5.1 points)`.
  func reading(_ line: Profile.Line) -> String {
    "\(line.name) \(rawValue(line)) (\(language.number(line.score)) \(points))"
  }

  /// Why a city stands far from its published rank: `Stuttgart, 56 here and 8 in the Bitkom
  /// Smart City Index: it also scores Mobilität and …, which this index does not measure. …`
  func explanation(_ e: BenchmarkSection.Explanation, _ pair: RankingBenchmark.Pair, name: String, unmeasured: [String]) -> String {
    let lower = pair.rankDifference < 0
    let lacks = list(unmeasured.map { language == .de ? "„\($0)“" : "‘\($0)’" })
    var parts: [String] = []
    switch language {
    case .en:
      parts.append("\(pair.city): rank \(pair.rank) here, \(publishedRank(pair)) in the \(name).")
      if !unmeasured.isEmpty { parts.append("That index also scores \(lacks), which this one does not measure.") }
      let weakest = list(e.weakest.map(reading))
      let strongest = list(e.strongest.map(reading))
      parts.append(
        lower
          ? "Its weakest indicators here: \(weakest); its strongest: \(strongest)."
          : "Its strongest indicators here: \(strongest); its weakest: \(weakest).")
      if !e.areas.isEmpty {
        parts.append(
          "By area, rank here against rank there (among the cities it gives area scores for): "
            + e.areas.map { "\($0.name) \($0.rank) against \($0.publishedRank) of \($0.publishedCount)" }.joined(separator: "; ") + ".")
      }
    case .de:
      parts.append("\(pair.city): hier Rang \(pair.rank), im \(name) Rang \(publishedRank(pair)).")
      if !unmeasured.isEmpty { parts.append("Jener Index bewertet auch \(lacks); dieser misst das nicht.") }
      let weakest = list(e.weakest.map(reading))
      let strongest = list(e.strongest.map(reading))
      parts.append(
        lower
          ? "Ihre schwächsten Indikatoren hier: \(weakest); ihre stärksten: \(strongest)."
          : "Ihre stärksten Indikatoren hier: \(strongest); ihre schwächsten: \(weakest).")
      if !e.areas.isEmpty {
        parts.append(
          "Je Bereich, Rang hier gegen Rang dort (unter den Städten, für die er Bereichspunkte nennt): "
            + e.areas.map { "\($0.name) \($0.rank) gegen \($0.publishedRank) von \($0.publishedCount)" }.joined(separator: "; ") + ".")
      }
    }
    return parts.joined(separator: " ")
  }
}
