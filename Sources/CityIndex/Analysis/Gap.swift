/// What it would take for one city to move past another: the fewest indicator improvements,
/// each at most up to the best value any city reached that year, that put it ahead when the
/// index is scored again.
///
///     let gap = try Gap(city: "Bonn", target: "Köln", definition: d, dataset: data, year: 2025, options: o)
///     gap.steps.map(\.indicator)   // ["it_5g", "m_bike_sharing"]
///     gap.resultingRank            // 6
///
/// Computed, not estimated: every candidate is applied to the raw data and the whole index
/// re-scored (so moved bounds and other cities' scores are accounted for). Candidates are
/// taken largest gain first, which gives the fewest steps; the last step is cut back to the
/// smallest raw value that still puts the city ahead by at least ``minimumLead`` points. Steps a
/// city can take: whole steps where an indicator's values are whole numbers (a yes/no moves
/// 0 → 1, a count by whole units), never past an indicator's natural bounds (100 % for a share,
/// the definition's `min`/`max`), and only on the levers allowed (`levers`). Steps are listed by
/// points gained per point of normalised improvement — the most efficient first.
public struct Gap: Sendable {
  public struct Step: Sendable, Equatable {
    public var indicator: String
    public var name: String
    public var unit: String
    /// Raw values before and after (`NaN` before: the value was missing).
    public var from: Double
    public var to: Double
    /// The city's total gained by this step, applied after the steps taken before it.
    public var pointsGained: Double
    /// The indicator's normalised score gained.
    public var normalizedGain: Double
    /// For an indicator with a denominator: the change in the value as the data file counts it,
    /// before it is divided (`+1,200` kW of photovoltaics for `+3.1` W per inhabitant), at the
    /// city's denominator of the year; `nil` without a denominator or when it cannot be told.
    public var amount: Double? = nil
    /// What the step means in the indicator's own words: the definition's ``Node/action`` for a
    /// yes/no, ``Node/countUnit`` for an ``amount``.
    public var action: String = ""
    public var countUnit: String = ""
    /// How many other cities of the year already have a value at least as good as ``to``: how
    /// far the step reaches beyond what others achieve (0: only past every other city).
    public var reachedBy: Int = 0
    /// Points gained per point of normalised improvement.
    public var efficiency: Double { normalizedGain > 0 ? pointsGained / normalizedGain : 0 }
  }

  public var city: String
  public var target: String
  public var year: Int
  public var cityScore: Double
  public var targetScore: Double
  public var cityRank: Int
  public var targetRank: Int
  /// `targetScore - cityScore`; ≤ 0 when the city is already ahead.
  public var gap: Double { targetScore - cityScore }
  /// The improvements, most efficient first.
  public var steps: [Step]
  /// Whether the steps put the city ahead of the target.
  public var closesGap: Bool
  /// After all steps: the city's total, the target's total and the city's rank.
  public var resultingScore: Double
  public var resultingTargetScore: Double
  public var resultingRank: Int

  /// How far ahead the plan must put the city: a lead too small to see is no lead.
  public static let minimumLead = 0.01

  /// The city a plan without a target aims at: the nearest city with a better rank (a tie
  /// shares the rank, so tied cities are skipped); `nil` when `city` leads.
  ///
  /// - Throws: ``InputErrors`` when `city` is not ranked in the scorecard's year.
  public static func cityAbove(_ city: String, in card: Scorecard) throws(InputErrors) -> String? {
    guard let rank = card.rank(of: city) else { throw InputErrors([.error(.notRanked(city: city, year: card.year))]) }
    return card.rankingOrder.last { (card.ranks[$0] ?? 0) < rank }.map { card.cities[$0] }
  }

  /// The city a plan into the top `rank` aims at: the one now at that place in the ranking (the
  /// city that would drop out of the top `rank`); `nil` when `city` is already among them.
  ///
  /// - Throws: ``InputErrors`` when `city` is not ranked, or `rank` is not between 1 and the
  ///   number of ranked cities.
  public static func cityAt(rank: Int, for city: String, in card: Scorecard) throws(InputErrors) -> String? {
    guard let own = card.rank(of: city) else { throw InputErrors([.error(.notRanked(city: city, year: card.year))]) }
    let order = card.rankingOrder
    guard rank >= 1, rank <= order.count else {
      throw InputErrors([.error(.rankOutOfRange(count: order.count, year: card.year, got: rank))])
    }
    return own <= rank ? nil : card.cities[order[rank - 1]]
  }

  /// The names of the indicators a city cannot act on (the definition's `lever` column says no).
  public static func notLevers(of definition: IndexDefinition) -> [String] {
    definition.indicators.filter { !$0.isLever }.map(\.name)
  }

  /// The indicator columns a city can act on: the definition's levers (its `lever` column).
  public static func levers(of definition: IndexDefinition) -> Set<Int> {
    Set(definition.indicators.indices.filter { definition.indicators[$0].isLever })
  }

  /// - Parameter levers: the indicators (dataset columns) the city may improve; all when `nil`.
  /// - Throws: ``InputErrors`` when either city is not ranked in `year`, or scoring fails.
  public init(
    city: String, target: String, definition: IndexDefinition, dataset: Dataset, year: Int, options: ScoringOptions,
    levers: Set<Int>? = nil
  ) throws(InputErrors) {
    let base = try Scorer.score(definition, dataset, year: year, options: options)
    guard let c = base.index(of: city), let cityRank = base.ranks[c] else {
      throw InputErrors([.error(.notRanked(city: city, year: year))])
    }
    guard let t = base.index(of: target), let targetRank = base.ranks[t] else {
      throw InputErrors([.error(.notRanked(city: target, year: year))])
    }
    guard let row = dataset.row(of: city), let values = dataset.values(for: year) else {
      throw InputErrors([.error(.noDataForCity(city: city, year: year))])
    }
    self.city = city
    self.target = target
    self.year = year
    self.cityRank = cityRank
    self.targetRank = targetRank
    let startScore = base.score(city: c, node: definition.root)
    let startTarget = base.score(city: t, node: definition.root)
    cityScore = startScore
    targetScore = startTarget

    // The values the year was scored on: its own, or one carried forward into it.
    let participants = dataset.participants(in: year)
    func inForce(_ city: Int, _ column: Int) -> Double {
      let own = values[city, column]
      guard own.isNaN else { return own }
      return base.carriedValue(city: dataset.cities[city], indicator: definition.indicators[column].id)?.value ?? .nan
    }
    // The best raw value of each indicator among the cities of the year, direction applied.
    struct Candidate {
      var column: Int
      var best: Double
      var gain: Double
    }
    var candidates: [Candidate] = []
    var working = dataset
    var whole = [Bool](repeating: false, count: definition.indicators.count)
    for (column, node) in definition.indicators.enumerated() where levers?.contains(column) ?? true {
      let observed = participants.map { inForce($0, column) }.filter { !$0.isNaN }
      whole[column] = !observed.isEmpty && observed.allSatisfy { $0 == $0.rounded() }
      let up = (node.direction ?? .higherIsBetter) == .higherIsBetter
      guard var best = up ? observed.max() : observed.min() else { continue }
      if let natural = node.naturalRange { best = min(max(best, natural.lowerBound), natural.upperBound) }
      let current = inForce(row, column)
      guard current.isNaN || (up ? current < best : current > best) else { continue }
      // One working copy changed and put back in place: a copy per candidate was most of the time.
      let kept = working.values(for: year)?[row, column] ?? .nan
      working.setValue(best, city: row, year: year, indicator: column)
      let scored = try Scorer.score(definition, working, year: year, options: options)
      working.setValue(kept, city: row, year: year, indicator: column)
      guard let index = scored.index(of: city) else { continue }
      let gain = scored.score(city: index, node: definition.root) - startScore
      if gain > 0 { candidates.append(Candidate(column: column, best: best, gain: gain)) }
    }
    candidates.sort { $0.gain != $1.gain ? $0.gain > $1.gain : $0.column < $1.column }

    var current = dataset
    var card = base
    var steps: [Step] = []
    var closes = startTarget - startScore < -rankTolerance
    /// How far the city is ahead of the target beyond ``minimumLead`` (≥ 0: ahead).
    func lead(_ card: Scorecard) -> Double {
      guard let ci = card.index(of: city), let ti = card.index(of: target) else { return -.infinity }
      return card.score(city: ci, node: definition.root) - card.score(city: ti, node: definition.root) - Self.minimumLead
    }
    func ahead(_ card: Scorecard) -> Bool { lead(card) >= 0 }
    func total(_ card: Scorecard) -> Double { card.index(of: city).map { card.score(city: $0, node: definition.root) } ?? .nan }
    for candidate in candidates where !closes {
      let leaf = definition.leaves[candidate.column]
      let from = inForce(row, candidate.column)
      var trial = current
      trial.setValue(candidate.best, city: row, year: year, indicator: candidate.column)
      var next = try Scorer.score(definition, trial, year: year, options: options)
      var to = candidate.best
      if ahead(next) {
        // Cut the last step back to the smallest raw value that still puts the city ahead.
        let up = (definition.nodes[leaf].direction ?? .higherIsBetter) == .higherIsBetter
        var low = from.isNaN ? (up ? -Double.greatestFiniteMagnitude : Double.greatestFiniteMagnitude) : from
        if from.isNaN {
          let observed = participants.map { inForce($0, candidate.column) }.filter { !$0.isNaN }
          low = (up ? observed.min() : observed.max()) ?? candidate.best
        }
        var high = candidate.best
        // The smallest value still ahead, by regula falsi (Illinois): the total is piecewise linear
        // in one value, so a few re-scorings find it where bisection took about 40; kept to a
        // bracket [low not ahead, high ahead] to 1e-10 of its range (whole numbers: a hundredth of
        // a unit), on one working copy changed in place (a copy per probe was most of the time).
        let tolerance = whole[candidate.column] ? 0.01 : max(abs(candidate.best - low), 1e-12) * 1e-10
        var probe = current
        func leadAt(_ value: Double) throws(InputErrors) -> Double {
          probe.setValue(value, city: row, year: year, indicator: candidate.column)
          return lead(try Scorer.score(definition, probe, year: year, options: options))
        }
        var leadHigh = lead(next)
        var leadLow = from.isNaN ? try leadAt(low) : lead(card)
        var retained = 0  // which end the last probe kept: −1 low, +1 high
        var aheadBy = leadHigh  // the lead at `high` (leadHigh is halved by the Illinois rule)
        for _ in 0..<60 where abs(high - low) > tolerance && aheadBy > 1e-9 {
          var x = leadHigh - leadLow > 0 ? high - leadHigh * (high - low) / (leadHigh - leadLow) : low + (high - low) / 2
          if !(min(low, high) < x && x < max(low, high)) { x = low + (high - low) / 2 }
          if x == low || x == high { break }
          let leadX = try leadAt(x)
          if leadX >= 0 {
            (high, leadHigh, aheadBy) = (x, leadX, leadX)
            if retained == -1 { leadLow /= 2 }
            retained = -1
          } else {
            (low, leadLow) = (x, leadX)
            if retained == 1 { leadHigh /= 2 }
            retained = 1
          }
        }
        // A whole-number indicator moves by whole units (still ahead: scores rise with values):
        // the unit just past `low` when it is ahead already, else the one at or past `high`.
        to = high
        if whole[candidate.column] {
          to = up ? high.rounded(.up) : high.rounded(.down)
          let nearer = up ? low.rounded(.up) : low.rounded(.down)
          if nearer != to && nearer != low {
            probe.setValue(nearer, city: row, year: year, indicator: candidate.column)
            if ahead(try Scorer.score(definition, probe, year: year, options: options)) { to = nearer }
          }
        }
        if up ? to > candidate.best : to < candidate.best { to = candidate.best }
        trial = current
        trial.setValue(to, city: row, year: year, indicator: candidate.column)
        next = try Scorer.score(definition, trial, year: year, options: options)
        closes = true
      }
      let beforeScore = card.index(of: city).map { card.score(city: $0, node: leaf) } ?? .nan
      let afterScore = next.index(of: city).map { next.score(city: $0, node: leaf) } ?? .nan
      let node = definition.nodes[leaf]
      // The city's divisor of the year, as the value before and after the denominator tell it.
      let divided = values[row, candidate.column]
      let undivided = dataset.undividedValue(city: row, year: year, indicator: candidate.column)
      let higher = (node.direction ?? .higherIsBetter) == .higherIsBetter
      let perUnit = node.denominator != nil && divided.isFinite && divided != 0 && undivided.isFinite ? undivided / divided : nil
      steps.append(
        Step(
          indicator: node.id, name: node.name, unit: node.unit, from: from, to: to,
          pointsGained: total(next) - total(card),
          normalizedGain: afterScore - (beforeScore.isNaN ? 0 : beforeScore),
          amount: perUnit.map { (to - (from.isNaN ? 0 : from)) * $0 }, action: node.action, countUnit: node.countUnit,
          reachedBy: participants.count { other in
            let value = inForce(other, candidate.column)
            return other != row && !value.isNaN && (higher ? value >= to - 1e-9 : value <= to + 1e-9)
          }))
      current = trial
      card = next
    }
    self.steps = steps.sorted { a, b in
      abs(a.efficiency - b.efficiency) > 1e-9 ? a.efficiency > b.efficiency : a.indicator < b.indicator
    }
    closesGap = closes
    resultingScore = total(card)
    resultingTargetScore = card.index(of: target).map { card.score(city: $0, node: definition.root) } ?? .nan
    resultingRank = card.index(of: city).flatMap { card.ranks[$0] } ?? cityRank
  }
}
