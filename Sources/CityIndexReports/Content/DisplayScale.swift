import CityIndex

extension Scorecard {
  /// The scorecard with every score mapped linearly from the run's output range onto 0–100, the
  /// scale every report table and chart is drawn for (`--range 0,1` scores 0.32 show as 32.0).
  /// Ranks, coverage and raw values are unchanged; a run on 0–100 is returned as it is.
  func onHundredPointScale() -> Scorecard {
    let range = options.range
    guard range != 0...100 else { return self }
    let (lo, span) = (range.lowerBound, range.upperBound - range.lowerBound)
    var copy = self
    copy.scores.values = scores.values.map { ($0 - lo) / span * 100 }
    return copy
  }
}

extension Scorecard {
  /// The scorecard with its definition's German units (``IndexDefinition/withGermanUnits()``).
  /// The scorecard with its definition as `language` shows it (``IndexDefinition/forLanguage(_:)``).
  func forLanguage(_ language: Language) -> Scorecard { language == .de ? withGermanUnits() : self }

  func withGermanUnits() -> Scorecard {
    var copy = self
    copy.definition = definition.withGermanUnits()
    return copy
  }
}
