import CityIndex

/// The words of `sci audit`, `sci sensitivity` and `sci whatif`.
extension Strings {
  var node: String { de ? "Knoten" : "Node" }

  // MARK: column headers the command tables share
  var levelHeader: String { de ? "Ebene" : "Level" }
  /// The year a value is from, beside it (`of 2019`: `aus 2019`).
  var ofYearHeader: String { de ? "aus" : "of" }
  var flagHeader: String { de ? "Hinweis" : "Flag" }
  var shareHeader: String { de ? "Anteil" : "Share" }
  var contributionHeader: String { de ? "Beitrag" : "Contribution" }
  var leadsHeader: String { de ? "Vorn" : "Leads" }
  func gapInYear(_ year: Int) -> String { de ? "Abstand \(year)" : "Gap \(year)" }
  var leaderHeader: String { de ? "Spitze" : "Leader" }
  var bestHeader: String { de ? "Beste" : "Best" }
  var newWord: String { de ? "neu" : "new" }
  var shareOfIndex: String { de ? "Anteil am Index" : "Share of the index" }
  // sheet names: names, at most 31 characters
  var sheetProfile: String { de ? "Profil" : "Profile" }
  var sheetDuel: String { de ? "Duell" : "Head to head" }
  var sheetGap: String { de ? "Abstand" : "Gap" }
  var sheetRanks: String { de ? "Ränge" : "Ranks" }

  /// A node's level as a table cell: `indicator`, `Indikator`.
  func level(_ level: NodeLevel) -> String {
    switch level {
    case .index: de ? "Index" : "index"
    case .area: de ? "Bereich" : "area"
    case .subArea: de ? "Unterbereich" : "sub-area"
    case .indicator: de ? "Indikator" : "indicator"
    }
  }

  // MARK: audit
  func auditIndicatorsTitle(_ year: Int) -> String { de ? "Indikatoren \(year)" : "Indicators \(year)" }
  var sheetIndicatorsAudit: String { de ? "Indikatoren" : "Indicators" }
  var parentWord: String { de ? "Gruppe" : "Parent" }
  var meanHeader: String { de ? "Mittel" : "Mean" }
  var sdHeader: String { de ? "SA" : "Sd" }
  var skew: String { de ? "Schiefe" : "Skew" }
  var kurtosis: String { de ? "Wölbung" : "Kurt" }
  var rParent: String { de ? "r Gruppe" : "r parent" }
  var rIndex: String { "r index" }
  var flagsWord: String { de ? "Hinweise" : "Flags" }
  var auditIndicatorNotes: [String] {
    de
      ? [
        "Rohwerte nach Nennern; Schiefe und Wölbung sind die stichprobenkorrigierten G1 und G2 (SCHIEFE, KURT der Tabellenkalkulation).",
        "Ausreißer: mehr als 1,5 Interquartilsabstände außerhalb der Quartile. r: Pearson-Korrelation des normierten Werts "
          + "mit dem Wert der Gruppe und des Index.",
        "Hinweise: negative oder schwache (|r| < 0,2) Korrelation mit der Gruppe; schief (|Schiefe| > 2 und Wölbung > 3,5); "
          + "geringe Abdeckung (< 65 %).",
      ]
      : [
        "Raw values after denominators; skewness and kurtosis are the sample-adjusted G1 and G2 (spreadsheet SKEW, KURT).",
        "Outliers: beyond 1.5 interquartile ranges outside the quartiles. r: Pearson correlation of the normalised score "
          + "with the parent's and the index's score.",
        "Flags: negative or weak (|r| < 0.2) correlation with the parent; skewed (|skew| > 2 and kurtosis > 3.5); "
          + "low coverage (< 65 %).",
      ]
  }
  /// A flag as a table cell: the word, not the sentence of ``flags(_:)``.
  func flagWord(_ flag: Audit.Flag) -> String {
    switch flag {
    case .negative: de ? "negativ" : "negative"
    case .weak: de ? "schwach" : "weak"
    case .skewed: de ? "schief" : "skewed"
    case .lowCoverage: de ? "geringe Abdeckung" : "low coverage"
    }
  }
  func auditGroupsTitle(_ year: Int) -> String { de ? "Gruppen \(year)" : "Groups \(year)" }
  var sheetGroups: String { de ? "Gruppen" : "Groups" }
  var childrenWord: String { de ? "Kinder" : "Children" }
  var cronbach: String { de ? "Cronbachs α" : "Cronbach's α" }
  var pc1Explains: String { de ? "HK1 erklärt" : "PC1 explains" }
  var citiesWord: String { de ? "Städte" : "Cities" }
  var auditGroupsNote: String {
    de
      ? "Über die Werte der Kinder in den Städten, in denen jedes Kind bewertet ist. Ein α ab 0,7 gilt meist als stimmige "
        + "Gruppe; erklärt die erste Hauptkomponente viel der Varianz, messen die Kinder eine Sache."
      : "Over the children's scores of the cities with every child scored. An alpha of 0.7 or more is usually read as a "
        + "consistent group; a first principal component that explains much of the variance means the children measure one thing."
  }
  func auditPairsTitle(_ year: Int) -> String { de ? "Redundante Paare \(year)" : "Redundant pairs \(year)" }
  var sheetPairs: String { de ? "Redundante Paare" : "Redundant pairs" }
  var firstWord: String { de ? "Erster" : "First" }
  var secondWord: String { de ? "Zweiter" : "Second" }
  var sameGroup: String { de ? "Gleiche Gruppe" : "Same group" }
  func yesNo(_ value: Bool) -> String { value ? (de ? "ja" : "yes") : (de ? "nein" : "no") }
  func importanceTitle(_ year: Int) -> String {
    de ? "Nominelle und effektive Anteile \(year)" : "Nominal and effective shares \(year)"
  }
  var sheetImportance: String { de ? "Anteile" : "Shares" }
  var importanceNode: String { de ? "Bestandteil" : "Part" }
  var nominalShare: String { de ? "Anteil nach Gewicht" : "Nominal share" }
  var effectiveShare: String { de ? "Effektiver Anteil" : "Effective share" }
  var shareRatio: String { de ? "Effektiv/nominell" : "Effective/nominal" }
  var firstOrderHeader: String { "S (r²)" }
  var importanceNotes: [String] {
    de
      ? [
        "Anteil nach Gewicht: das Gewicht mal den Gewichtsanteilen der Gruppen darüber (für Bereiche ihr Gewichtsanteil). "
          + "Effektiver Anteil: der Effekt erster Ordnung S = r² (Quadrat der Pearson-Korrelation mit dem Index; für "
          + "ja/nein-Indikatoren genau das Korrelationsverhältnis) geteilt durch die Summe der S der Ebene "
          + "(Paruolo, Saisana & Saltelli 2013).",
        "Effektiv/nominell unter 1: der Bestandteil bewegt die Rangfolge weniger, als sein Gewicht sagt; über 1: mehr.",
      ]
      : [
        "Nominal share: the weight times the weight shares of the groups above it (an area: its weight share). Effective "
          + "share: the first-order effect S = r² (squared Pearson correlation with the index; for yes/no indicators exactly "
          + "the correlation ratio) over the sum of S at its level (Paruolo, Saisana & Saltelli 2013).",
        "Effective/nominal below 1: the part moves the ranking less than its weight says; above 1: more.",
      ]
  }
  /// One line of the methodology's shares: `Verwaltung (area): 20 % by weight, 36.6 % of the measured influence`.
  func shareLine(_ share: Importance.Share) -> String {
    let (nominal, effective) = (language.percent(share.nominal), language.percent(share.effective))
    return de
      ? "\(share.name) (\(level(share.level))): \(nominal) nach Gewicht, \(effective) des gemessenen Einflusses"
      : "\(share.name) (\(level(share.level))): \(nominal) by weight, \(effective) of the measured influence"
  }
  var sharesNote: String {
    de
      ? "Einfluss: Effekt erster Ordnung S = r² mit dem Index, geteilt durch die Summe der Ebene (Paruolo, Saisana und Saltelli 2013); sci audit --part importance zeigt alle Zahlen."
      : "Influence: the first-order effect S = r² with the index over its level's sum (Paruolo, Saisana and Saltelli 2013); sci audit --part importance gives every figure."
  }
  // MARK: weighting from the data
  func bodTitle(_ year: Int) -> String {
    de ? "Ranking mit den günstigsten Gewichten jeder Stadt (Benefit of the Doubt) \(year)" : "Benefit-of-the-doubt ranking \(year)"
  }
  var sheetBod: String { de ? "Benefit of the Doubt" : "Benefit of the doubt" }
  var definitionRank: String { de ? "Rang nach Definition" : "Rank by definition" }
  var definitionRelative: String { de ? "Definition, Beste = 100" : "Definition, best = 100" }
  func bodNotes(bounds: (Double, Double)?) -> [String] {
    let bound = bounds.map { (language.percent($0.0), language.percent($0.1)) }
    return de
      ? [
        "Jede Stadt mit den Indikatorgewichten, die ihr am meisten geben, solange keine Stadt mit ihnen über 100 kommt "
          + "(ein lineares Programm je Stadt, GLPK; Cherchye u. a. 2007). Fehlende Werte zählen 0; die Bereiche spielen keine Rolle.",
        bound.map { "Anteil jedes Indikators an den Punkten der Stadt zwischen \($0.0) und \($0.1) (wie Compinds ci_bod_constr)." }
          ?? "Ohne Grenzen für die Anteile: wer in irgendetwas Beste ist, erreicht 100.",
        "Definition, Beste = 100: die Punkte mit den Gewichten der Definition, relativ zur besten Stadt — ohne Grenzen eine "
          + "Untergrenze der Benefit-of-the-Doubt-Punkte. Die Spalten je Indikator: sein Anteil an den Punkten der Stadt.",
      ]
      : [
        "Each city with the indicator weights that give it most, as long as no city exceeds 100 with them (one linear "
          + "programme per city, GLPK; Cherchye et al. 2007). Missing scores count 0; areas play no part.",
        bound.map { "Each indicator's share of the city's score between \($0.0) and \($0.1) (as Compind's ci_bod_constr)." }
          ?? "No bounds on the shares: a city that is best at anything reaches 100.",
        "Definition, best = 100: the score with the definition's weights relative to the best city's — without bounds a floor "
          + "of the benefit-of-the-doubt score. The columns per indicator: its share of the city's score.",
      ]
  }
  func fitTitle(_ year: Int) -> String { de ? "Optimierte Gewichte \(year)" : "Optimised weights \(year)" }
  var sheetFit: String { de ? "Optimierte Gewichte" : "Optimised weights" }
  var effectiveBefore: String { de ? "Effektiv vorher" : "Effective before" }
  var weightFound: String { de ? "Gewicht gefunden" : "Weight found" }
  var effectiveAfter: String { de ? "Effektiv nachher" : "Effective after" }
  func fitNotes(_ fit: OptimisedWeights.Fit) -> [String] {
    let (before, after) = (language.percent(fit.largestGapBefore), language.percent(fit.largestGapAfter))
    let tolerance = language.percent(OptimisedWeights.tolerance)
    return de
      ? [
        "Gewichte, unter denen der effektive Anteil jedes Indikators (S = r² mit dem Index, geteilt durch die Summe) dem "
          + "beabsichtigten (dem Anteil nach Gewicht der Definition) möglichst gleicht: g ← g · (Ziel/Anteil)^½, wiederholt "
          + "(wie COINrs get_opt_weights, optype balance).",
        (fit.converged
          ? "Innerhalb der Toleranz von \(tolerance) nach \(fit.iterations) Schritten"
          : "Nach \(fit.iterations) Schritten ohne Fortschritt beendet, außerhalb der Toleranz von \(tolerance)")
          + ": größte Abweichung \(before) vorher, \(after) nachher.",
      ]
      : [
        "Weights under which each indicator's effective share (S = r² with the index over the sum) comes closest to the "
          + "intended one (its nominal share in the definition): g ← g · (target/share)^½, repeated (as COINr's "
          + "get_opt_weights, optype balance).",
        (fit.converged
          ? "Within the tolerance of \(tolerance) after \(fit.iterations) steps"
          : "Stopped after \(fit.iterations) steps without getting closer, short of the tolerance of \(tolerance)")
          + ": largest difference \(before) before, \(after) after.",
      ]
  }
  func auditPairsNote(none: Bool, threshold: Double) -> String {
    let r = language.number(threshold, decimals: 2)
    return switch (none, de) {
    case (true, true): "Keine zwei Indikatoren korrelieren betragsmäßig über \(r)."
    case (true, false): "No two indicators correlate above \(r) in absolute value."
    case (false, true): "Indikatoren, die betragsmäßig über \(r) korrelieren: einer jedes Paars zählt womöglich doppelt."
    case (false, false): "Indicators correlating above \(r) in absolute value: one of each pair may count twice."
    }
  }
  func adjustedTitle(_ year: Int) -> String { de ? "Ersetzte und behandelte Werte \(year)" : "Imputed and treated values \(year)" }
  var sheetAdjusted: String { de ? "Ersetzte Werte" : "Imputed values" }
  func carriedFrom(_ year: Int) -> String { de ? "fortgeschrieben aus \(year)" : "carried from \(year)" }
  func imputedWith(_ method: String) -> String { de ? "ersetzt (\(method))" : "imputed (\(method))" }
  var winsorised: String { de ? "winsorisiert" : "winsorised" }
  var logTransformed: String { de ? "logarithmiert" : "log-transformed" }
  func adjustedNote(none: Bool) -> String {
    switch (none, de) {
    case (true, true): "Kein Wert wurde ersetzt oder behandelt (siehe --missing und --treat)."
    case (true, false): "No value was imputed or treated (see --missing and --treat)."
    case (false, true): "Werte, die statt der Rohwerte normiert wurden; `from` ist der Rohwert, wo es einen gab."
    case (false, false): "Values used for normalisation instead of the raw ones; `from` is the raw value where there was one."
    }
  }

  // MARK: sensitivity
  func intervalsTitle(_ r: Sensitivity.Result) -> String {
    let s = r.settings
    let share = language.percent(s.uncertainty)
    return de
      ? "Rangintervalle \(r.year): \(s.samples) Stichproben, Gewichte ±\(share)"
        + (s.varyMethods ? ", Normierung und Aggregation ebenfalls gezogen" : "") + ", Startwert \(s.seed)"
      : "Rank intervals \(r.year): \(s.samples) samples, weights ±\(Decimal1.percent(s.uncertainty))"
        + (s.varyMethods ? ", normalisation and aggregation drawn too" : "") + ", seed \(s.seed)"
  }
  var sheetIntervals: String { de ? "Rangintervalle" : "Rank intervals" }
  var probabilityFirst: String { de ? "P(Erster)" : "P(first)" }
  var intervalsNote: String {
    de
      ? "5 % und 95 %: zwischen diesen Rängen liegen 90 % der Stichproben; P(Erster): Anteil der Stichproben an der Spitze (Gleichstände teilen)."
      : "5 % and 95 %: the ranks 90 % of the samples fall between; P(first): share of samples led (ties share)."
  }
  var firstOrderTitle: String {
    de ? "Wovon die Ränge abhängen: Sensitivitätsindizes erster Ordnung" : "What the ranks depend on: first-order sensitivity indices"
  }
  var sheetFirstOrder: String { de ? "Einflussfaktoren" : "What ranks depend on" }
  var factorWord: String { de ? "Faktor" : "Factor" }
  var shareOfRankVariance: String { de ? "Anteil der Rangvarianz" : "Share of rank variance" }
  func subject(_ subject: Sensitivity.FirstOrder.Subject) -> String {
    switch subject {
    case .weight(let area): de ? "Gewicht von \(area)" : "weight of \(area)"
    case .weightsWithin(let area):
      de ? "Gewichte innerhalb von \(area) (Summe der Indizes erster Ordnung)" : "weights within \(area) (sum of first-order indices)"
    case .normalization: de ? "Wahl der Normierung" : "choice of normalisation"
    case .aggregation: de ? "Wahl der Aggregation" : "choice of aggregation"
    }
  }
  func firstOrderNote(bins: Int, bias: Double) -> String {
    de
      ? "Schätzer: Korrelationsverhältnis η² aus \(bins) Klassen jedes Faktors über dieselben Stichproben (given data, Plischke 2010), "
        + "korrigiert um seine Verzerrung nach oben von (Klassen − 1) / (Stichproben − 1) = \(language.percent(bias))."
      : "Estimator: correlation ratio η² from \(bins) bins of each factor over the same samples (given-data, Plischke 2010), "
        + "corrected for its upward bias of (bins − 1) / (samples − 1) = \(Decimal1.percent(bias))."
  }
  var leaveOneOutTitle: String {
    de
      ? "Ohne einen Knoten: Rangänderungen, wenn ein Knoten wegfällt (die übrigen Gewichte unverändert)"
      : "Leave one out: rank changes when a node is removed (the other weights unchanged)"
  }
  var sheetLeaveOneOut: String { de ? "Ohne einen Knoten" : "Leave one out" }
  var withoutWord: String { de ? "Ohne" : "Without" }
  var shiftWord: String { de ? "Verschiebung" : "Shift" }
  var leaveOneOutNote: String {
    de
      ? "Verschiebung = ohne den Knoten gewonnene Plätze (Rang − Rang ohne): negativ heißt, die Stadt steht ohne ihn schlechter."
      : "Shift = places gained without the node (rank − rank without): negative means the city does worse without it."
  }

  // MARK: whatif
  func whatIfTitle(_ variant: String, year: Int) -> String { de ? "Was wäre, wenn: \(variant) (\(year))" : "What if: \(variant) (\(year))" }
  /// The variant's choices in words: `without verwaltung · geometric`.
  func variant(excluded: [String], options o: ScoringOptions, range: String?) -> String {
    var parts: [String] = []
    if !excluded.isEmpty { parts.append((de ? "ohne " : "without ") + excluded.joined(separator: ", ")) }
    let defaults = ScoringOptions()
    if o.normalization != defaults.normalization { parts.append(o.normalization.rawValue) }
    if o.aggregation != defaults.aggregation { parts.append(o.aggregation.rawValue) }
    if o.missing != defaults.missing { parts.append((de ? "fehlend: " : "missing: ") + o.missing.rawValue) }
    if o.minCoverage != defaults.minCoverage {
      parts.append((de ? "Mindestabdeckung " : "min coverage ") + language.number(o.minCoverage, decimals: 2))
    }
    if o.scope != defaults.scope { parts.append(de ? "Grenzen über alle Jahre" : "bounds over all years") }
    if o.treatment != .none { parts.append((de ? "Ausreißer: " : "outliers: ") + o.treatment.rawValue) }
    if let range { parts.append((de ? "Spanne " : "range ") + range) }
    if o.weighting != .definition { parts.append((de ? "Gewichte: " : "weights: ") + o.weighting.argument) }
    return parts.isEmpty ? (de ? "dieselben Methoden" : "the same methods") : parts.joined(separator: " · ")
  }
  var sheetWhatIf: String { de ? "Was wäre wenn" : "What if" }
  var baselineWord: String { de ? "Ausgangslage" : "Baseline" }
  var variantWord: String { de ? "Variante" : "Variant" }
  var variantScore: String { de ? "Punkte Variante" : "Variant score" }
  func whatIfNotes(_ w: WhatIf, ranked: Int) -> [String] {
    let mean = language.number(w.meanAbsoluteShift, decimals: 1)
    let rho = language.number(w.rankCorrelation, decimals: 3)
    return de
      ? [
        "\(w.changed) von \(ranked) Städten ändern ihren Rang; mittlere Verschiebung \(mean) Plätze, größte \(w.largestShift); "
          + "Rangkorrelation \(rho).",
        "Verschiebung = in der Variante gewonnene Plätze.",
      ]
      : [
        "\(w.changed) of \(ranked) cities change rank; mean shift \(mean) places, largest \(w.largestShift); rank correlation \(rho).",
        "Shift = places gained under the variant.",
      ]
  }

  // MARK: workbooks of the commands
  func dataFilesLine(_ files: [String], definition: String) -> String {
    (de ? "Daten: " : "Data: ") + files.joined(separator: ", ") + (de ? " · Definition: " : " · definition: ") + definition
      + " · sci \(SCIVersion.current)"
  }
  func sourceOf(_ names: [String], _ source: String) -> String {
    (de ? "Quelle von " : "Source of ") + names.joined(separator: ", ") + ": " + source
  }
}
