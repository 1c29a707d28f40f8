import CityIndex

/// The methodology appendix's content beyond the hierarchy: the methods in words, what data
/// treatment did, and the statistical audit — built once, rendered as HTML and Markdown.
public struct MethodAppendix: Sendable {
  public struct AuditGroup: Sendable, Equatable {
    public var name: String
    public var children: Int
    public var alpha: Double
    public var firstComponent: Double
  }

  /// `(label, text)`: normalisation, bounds, aggregation, missing data, coverage, weights, …
  public var rows: [(label: String, text: String)]
  /// One line per treated indicator, and one on imputation.
  public var treatment: [String]
  public var groups: [AuditGroup]
  /// `(indicator name, what is odd about it)`.
  public var flagged: [(name: String, text: String)]
  /// `(first name, second name, r)`.
  public var redundant: [(first: String, second: String, correlation: Double)]
  /// Each area's, then each indicator's share of the index by weight and by measured influence
  /// (``Importance``): what the weights say against what moves the ranking.
  public var shares: [Importance.Share]
  /// The year the shares were measured in.
  public var year: Int

  init(card: Scorecard, dataset: Dataset, strings s: Strings) {
    let o = card.options
    let l = s.language
    let definition = card.definition
    var rows: [(String, String)] = [
      (s.normalization, s.describe(o.normalization)),
      (s.bounds, s.describe(o.scope)),
      (s.aggregation, s.describe(o.aggregation)),
      (s.missingData, s.describe(o.missing) + (o.groups.map { " (" + s.groupedBy($0.column) + ")" } ?? "")),
      (s.minCoverage, l.percent(o.minCoverage)),
      (s.weights, s.describe(o.weighting) + (card.weightFit.map { " — " + (s.fitNotes($0).last ?? "") } ?? "")),
    ]
    if o.treatment != .none { rows.append((s.outliers, s.describe(o.treatment, limit: o.winsorizeLimit))) }
    if o.range != 0...100 {
      let range = "\(Decimal1.raw(o.range.lowerBound))–\(Decimal1.raw(o.range.upperBound))"
      rows.append((s.scoreRange, s.shownOnHundred(range)))
    }
    let denominated = definition.indicators.compactMap { node in
      node.denominator.map { "\(node.name): \(s.dividedBy($0, scale: node.scale))" }
    }
    if !denominated.isEmpty { rows.append((s.denominators, denominated.joined(separator: "; "))) }
    let own = definition.nodes.compactMap { node -> String? in
      let method = node.normalization.map(s.name) ?? node.aggregation.map(s.name)
      return method.map { "\(node.name): \($0)" }
    }
    if !own.isEmpty { rows.append((s.ownMethods, own.joined(separator: "; "))) }
    self.rows = rows

    let names = Dictionary(definition.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    var treatment = card.treatments.compactMap { t in s.treatmentOutcome(t).map { "\(names[t.indicator] ?? t.indicator): \($0)" } }
    if !card.imputed.isEmpty {
      treatment.append(s.imputedSummary(card.imputed.count, indicators: Set(card.imputed.map(\.indicator)).count))
    }
    self.treatment = treatment

    let audit = Audit(card, dataset: dataset)
    groups = audit.groups.map { AuditGroup(name: $0.name, children: $0.children, alpha: $0.cronbachAlpha, firstComponent: $0.firstComponentShare) }
    flagged = audit.indicators.filter { !$0.flags.isEmpty }.map { ($0.name, s.flags($0)) }
    redundant = audit.redundantPairs.map { (names[$0.first] ?? $0.first, names[$0.second] ?? $0.second, $0.correlation) }
    year = card.year
    let importance = Importance(card)
    shares = importance.areas + importance.indicators
  }

  /// Adds the Monte Carlo's settings to the method rows.
  mutating func add(_ u: Uncertainty, strings s: Strings) {
    let l = s.language
    rows.append(
      (s.uncertaintyLabel,
       s.uncertaintyMethod(u.settings.samples, l.percent(u.settings.uncertainty), u.settings.seed, methods: u.settings.varyMethods)))
  }
}
