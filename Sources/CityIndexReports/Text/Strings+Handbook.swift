import CityIndex

/// Text for the handbook's methods (treatment, imputation, weights, audit) in reports.
extension Strings {
  var weights: String { de ? "Gewichte" : "Weights" }
  var outliers: String { de ? "Ausreißer" : "Outliers" }
  var scoreRange: String { de ? "Wertebereich" : "Score range" }
  var denominators: String { de ? "Bezugsgrößen" : "Denominators" }
  var ownMethods: String { de ? "Eigene Verfahren" : "Own methods" }
  var dataTreatment: String { de ? "Datenbehandlung" : "Data treatment" }
  var audit: String { de ? "Statistische Prüfung" : "Statistical audit" }
  var group: String { de ? "Gruppe" : "Group" }
  var cronbachAlpha: String { de ? "Cronbachs α" : "Cronbach's α" }
  var firstComponent: String { de ? "1. Hauptkomponente erklärt" : "1st principal component explains" }
  var flagged: String { de ? "Auffällige Indikatoren" : "Indicators to look at" }
  var redundant: String { de ? "Fast gleichlaufende Indikatoren" : "Near-duplicate indicators" }

  func describe(_ weighting: Weighting) -> String {
    switch (weighting, de) {
    case (.definition, false): "as in the index definition"
    case (.definition, true): "wie in der Indexdefinition"
    case (.equal, false): "equal: every part of a group counts alike"
    case (.equal, true): "gleich: jeder Teil einer Gruppe zählt gleich"
    case (.custom(let source), false): "from \(source) (expert budget allocation, averaged over the experts)"
    case (.custom(let source), true): "aus \(source) (Budgetverteilung durch Fachleute, gemittelt)"
    case (.principalComponents, false): "from the data: squared loadings of each group's first principal component"
    case (.principalComponents, true): "aus den Daten: quadrierte Ladungen der ersten Hauptkomponente jeder Gruppe"
    case (.optimised, false): "optimised: chosen so that each indicator's measured influence matches its share in the definition"
    case (.optimised, true): "optimiert: so gewählt, dass der gemessene Einfluss jedes Indikators seinem Anteil in der Definition gleicht"
    }
  }

  func describe(_ treatment: OutlierTreatment, limit: Int) -> String {
    switch (treatment, de) {
    case (.none, false): "none"
    case (.none, true): "keine"
    case (.winsorize, false):
      "indicators with |skewness| > 2 and kurtosis > 3.5 are winsorised (at most \(limit) steps), else log-transformed"
    case (.winsorize, true):
      "Indikatoren mit |Schiefe| > 2 und Wölbung > 3,5 werden winsorisiert (höchstens \(limit) Schritte), sonst logarithmiert"
    case (.log, false): "indicators with |skewness| > 2 and kurtosis > 3.5 are log-transformed"
    case (.log, true): "Indikatoren mit |Schiefe| > 2 und Wölbung > 3,5 werden logarithmiert"
    }
  }

  func shownOnHundred(_ range: String) -> String {
    de
      ? "\(range); dieser Bericht zeigt die Punkte linear auf 0–100 umgerechnet"
      : "\(range); this report shows the scores mapped linearly onto 0–100"
  }

  func groupedBy(_ column: String) -> String { de ? "Gruppen nach „\(column)“" : "groups by '\(column)'" }

  /// `value ÷ population × 100,000` — the arithmetic, since a scale can mean "per 100,000" or a
  /// change of unit (kW → W).
  func dividedBy(_ attribute: String, scale: Double?) -> String {
    let times = scale.flatMap { $0 == 1 ? nil : " × " + language.number($0, decimals: 0) } ?? ""
    return (de ? "Wert ÷ \(columnName(attribute)) des Jahres" : "value ÷ \(columnName(attribute)) of its year") + times
  }

  func treatmentOutcome(_ t: IndicatorTreatment) -> String? {
    switch t.outcome {
    case .passed: return nil
    case .winsorized(let steps, _, _):
      let cities = t.changed.map(\.city).joined(separator: ", ")
      return de ? "winsorisiert in \(steps) Schritt\(steps == 1 ? "" : "en") (\(cities))" : "winsorised in \(steps) step\(steps == 1 ? "" : "s") (\(cities))"
    case .logTransformed:
      return de ? "logarithmiert" : "log-transformed"
    }
  }

  func imputedSummary(_ count: Int, indicators: Int) -> String {
    de
      ? "\(count) fehlende Werte in \(indicators) Indikatoren wurden ersetzt."
      : "\(count) missing value\(count == 1 ? " was" : "s were") filled in \(indicators) indicator\(indicators == 1 ? "" : "s")."
  }

  func flags(_ i: Audit.Indicator) -> String {
    let r = language.number(i.correlationWithParent, decimals: 2)
    let words = i.flags.map { flag -> String in
      switch flag {
      case .negative: de ? "läuft gegen ihre Gruppe (r = \(r))" : "moves against its group (r = \(r))"
      case .weak: de ? "kaum mit ihrer Gruppe verbunden (r = \(r))" : "barely related to its group (r = \(r))"
      case .skewed:
        de
          ? "stark schief (Schiefe \(language.number(i.moments.skewness, decimals: 1)))"
          : "strongly skewed (skewness \(language.number(i.moments.skewness, decimals: 1)))"
      case .lowCoverage:
        de ? "Werte für nur \(language.percent(i.coverage)) der Städte" : "values for only \(language.percent(i.coverage)) of the cities"
      }
    }
    return words.joined(separator: "; ")
  }

  func auditNote() -> String {
    de
      ? "Cronbachs α ab etwa 0,7 spricht für eine stimmige Gruppe; Korrelationen der normierten Werte (Pearson)."
      : "A Cronbach's α of about 0.7 or more suggests a consistent group; correlations of the normalised scores (Pearson)."
  }

  /// A raw value's note when imputation or treatment changed what the score uses.
  func adjustmentNote(_ adjustment: ValueAdjustment?) -> String {
    guard let adjustment else { return "" }
    let n = { (x: Double) in self.language.number(x, decimals: Self.decimals(x)) }
    switch (adjustment, de) {
    case (.imputed(let v, nil), false): return " (imputed: \(n(v)))"
    case (.imputed(let v, nil), true): return " (ersetzt: \(n(v)))"
    case (.imputed(let v, .some(let year)), false): return " (\(year)'s value: \(n(v)))"
    case (.imputed(let v, .some(let year)), true): return " (Wert von \(year): \(n(v)))"
    case (.winsorized(let to), false): return " (capped at \(n(to)))"
    case (.winsorized(let to), true): return " (gekappt auf \(n(to)))"
    case (.logTransformed, false): return " (log-transformed)"
    case (.logTransformed, true): return " (logarithmiert)"
    }
  }
}

/// Methods and columns by name, in a line of prose: the option's own word in English (what
/// `--aggregation` takes), the German word in German (`arithmetisches Mittel`).
extension Strings {
  func name(_ method: Aggregation) -> String {
    switch language {
    case .en: method.rawValue
    case .de:
      switch method {
      case .arithmetic: "arithmetisches Mittel"
      case .geometric: "geometrisches Mittel"
      case .harmonic: "harmonisches Mittel"
      case .product: "Produkt"
      case .copeland: "Copeland"
      }
    }
  }

  func name(_ method: Normalization) -> String {
    switch language {
    case .en: method.rawValue
    case .de:
      switch method {
      case .minMax: "Min-Max"
      case .goalpost: "Zielpfosten"
      case .zScore: "z-Werte"
      case .percentile: "Perzentilränge"
      case .distanceToTarget: "Abstand zum Ziel"
      case .rank: "Ränge"
      }
    }
  }

  func name(_ method: MissingData) -> String {
    switch language {
    case .en: method.rawValue
    case .de:
      switch method {
      case .skip: "auslassen"
      case .zero: "null Punkte"
      case .mean: "Mittelwert"
      case .median: "Median"
      case .groupMean: "Mittelwert der Gruppe"
      case .groupMedian: "Median der Gruppe"
      case .lastYear: "letzter Wert"
      }
    }
  }

  func name(_ treatment: OutlierTreatment) -> String {
    switch language {
    case .en: treatment.rawValue
    case .de:
      switch treatment {
      case .none: "keine"
      case .winsorize: "winsorisieren"
      case .log: "logarithmieren"
      }
    }
  }

  /// A column of the cities file by what it holds: `population` → `Einwohnerzahl` in German;
  /// a column this engine does not know keeps its name.
  func columnName(_ column: String) -> String {
    switch (language, column.lowercased()) {
    case (.de, "population"), (.de, "einwohner"): "Einwohnerzahl"
    case (.de, "area_km2"): "Fläche in km²"
    case (.en, "area_km2"): "area in km²"
    default: column
    }
  }
}
