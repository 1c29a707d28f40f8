import CGLPK

/// Benefit-of-the-doubt scores (Cherchye, Moesen, Rogge & Van Puyenbroeck 2007; Compind's
/// `ci_bod` and `ci_bod_constr`): each city is scored with the indicator weights most favourable
/// to it, on the one condition that no city scores above 100 with those weights. A city that is
/// best at anything can reach 100; a city that others beat everywhere cannot.
///
///     let bod = try BenefitOfTheDoubt(card, bounds: .init(lower: 0.02, upper: 0.4))
///     bod.cities.first?.city   // the first of the cities that score 100
///
/// For city c, a linear programme over the weights `w ≥ 0` of the indicators (solved with GLPK's
/// simplex):
///
///     maximise  Σ_i w_i y_ci   subject to   Σ_i w_i y_ji ≤ 1 for every ranked city j
///
/// where `y` are the indicator scores of the scorecard ÷ 100 (a missing score counts 0: no city
/// gains from an indicator it lacks). The score is the optimum × 100. The hierarchy is flat:
/// areas and their weights play no part, as in Compind. Optional **share bounds** restrict each
/// indicator's share of the city's own score (`w_i y_ci / Σ_k w_k y_ck`) to `lower…upper`, as
/// `ci_bod_constr` does: with a lower bound above 0, a city with a score of 0 in any indicator
/// scores 0.
///
/// The definition's own weights, scaled so that the best city reaches 100, are one admissible
/// choice: without bounds, every city's score is at least ``City/definitionRelative``.
public struct BenefitOfTheDoubt: Sendable {
  public struct ShareBounds: Sendable, Equatable {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
      self.lower = lower
      self.upper = upper
    }
  }

  public struct City: Sendable, Equatable {
    public var city: String
    /// 0–100: the score with the weights most favourable to the city.
    public var score: Double
    public var rank: Int
    /// The city's rank under the definition's weights (the scorecard's).
    public var definitionRank: Int?
    /// The city's score under the definition's effective weights (missing scores 0), relative to
    /// the best city's, × 100.
    public var definitionRelative: Double
    /// Each indicator's share of the city's score (the definition's indicator order); 0 everywhere
    /// when the score is 0.
    public var shares: [Double]
  }

  public var year: Int
  /// The indicators' ids, in the definition's order.
  public var indicators: [String]
  /// Every ranked city of the scorecard, by benefit-of-the-doubt rank (ties by name).
  public var cities: [City]
  public var bounds: ShareBounds?

  /// - Throws: ``InputErrors`` when the bounds admit no weights (`lower > upper`, outside 0–1,
  ///   or `lower · n > 1` or `upper · n < 1` for n indicators).
  public init(_ card: Scorecard, bounds: ShareBounds? = nil) throws(InputErrors) {
    let definition = card.definition
    let n = definition.leaves.count
    if let b = bounds {
      let admissible =
        b.lower >= 0 && b.upper <= 1 && b.lower <= b.upper && b.lower * Double(n) <= 1 + 1e-12
        && b.upper * Double(n) >= 1 - 1e-12
      guard admissible else {
        throw InputErrors([.error(.badShareBounds(lower: b.lower, upper: b.upper, indicators: n))])
      }
    }
    year = card.year
    indicators = definition.leaves.map { definition.nodes[$0].id }
    self.bounds = bounds
    let ranked = card.rankingOrder
    let y: [[Double]] = ranked.map { city in
      definition.leaves.map { leaf in
        let score = card.score(city: city, node: leaf)
        return score.isNaN ? 0 : score / 100
      }
    }
    let weights = definition.effectiveWeights
    let byDefinition = y.map { row in zip(row, weights).reduce(0) { $0 + $1.0 * $1.1 } }
    let best = byDefinition.max() ?? 0
    let solver = LinearProgramme(constraints: y, bounds: bounds)
    var cities: [City] = []
    for (i, city) in ranked.enumerated() {
      let (optimum, w) = solver.maximise(y[i])
      // The simplex's last digits (99.99999999999997) are no difference between cities.
      let score = min(100, max(0, (optimum * 100 * 1e9).rounded() / 1e9))
      let shares = optimum > 0 ? zip(w, y[i]).map { $0 * $1 / optimum } : [Double](repeating: 0, count: n)
      cities.append(
        City(
          city: card.cities[city], score: score, rank: 0, definitionRank: card.ranks[city],
          definitionRelative: best > 0 ? byDefinition[i] / best * 100 : 0, shares: shares))
    }
    let ranks = competitionRanks(cities.map(\.score))
    for i in cities.indices { cities[i].rank = ranks[i] ?? 0 }
    self.cities = cities.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.city < $1.city }
  }
}

/// The benefit-of-the-doubt programme of one scorecard: the constraint rows (every city's scores)
/// are the same for every city; only the objective and the share bounds (which use the city's own
/// scores) change.
struct LinearProgramme {
  let constraints: [[Double]]
  let bounds: BenefitOfTheDoubt.ShareBounds?

  init(constraints: [[Double]], bounds: BenefitOfTheDoubt.ShareBounds?) {
    self.constraints = constraints
    self.bounds = bounds
    // GLPK prints to the terminal by default; the library never prints.
    glp_term_out(GLP_OFF)
  }

  /// The optimum of `Σ w_i objective_i` and the weights reaching it; `(0, zeros)` when the
  /// solver finds no optimum (it always exists: `w = 0` is admissible and the scores are bounded).
  func maximise(_ objective: [Double]) -> (Double, [Double]) {
    let n = objective.count
    guard n > 0 else { return (0, []) }
    let lp = glp_create_prob()
    defer { glp_delete_prob(lp) }
    glp_set_obj_dir(lp, GLP_MAX)
    glp_add_cols(lp, Int32(n))
    for i in 0..<n {
      glp_set_col_bnds(lp, Int32(i + 1), GLP_LO, 0, 0)
      glp_set_obj_coef(lp, Int32(i + 1), objective[i])
    }
    // GLPK's sparse matrix, 1-based, with an unused element 0.
    var (rows, columns, values) = ([Int32(0)], [Int32(0)], [0.0])
    func add(_ coefficients: [Double], lower: Double?, upper: Double?) {
      let r = glp_add_rows(lp, 1)
      switch (lower, upper) {
      case (nil, let u?): glp_set_row_bnds(lp, r, GLP_UP, 0, u)
      case (let l?, nil): glp_set_row_bnds(lp, r, GLP_LO, l, 0)
      default: glp_set_row_bnds(lp, r, GLP_FR, 0, 0)
      }
      for (i, c) in coefficients.enumerated() where c != 0 {
        rows.append(r)
        columns.append(Int32(i + 1))
        values.append(c)
      }
    }
    for scores in constraints { add(scores, lower: nil, upper: 1) }
    if let b = bounds {
      // share_i ≤ upper:  y_i w_i − upper Σ_k y_k w_k ≤ 0;  share_i ≥ lower:  y_i w_i − lower Σ_k y_k w_k ≥ 0
      for i in 0..<n {
        let own = objective.indices.map { k in k == i ? objective[k] : 0 }
        add(zip(own, objective).map { $0 - b.upper * $1 }, lower: nil, upper: 0)
        if b.lower > 0 { add(zip(own, objective).map { $0 - b.lower * $1 }, lower: 0, upper: nil) }
      }
    }
    glp_load_matrix(lp, Int32(values.count - 1), rows, columns, values)
    var parameters = glp_smcp()
    glp_init_smcp(&parameters)
    parameters.msg_lev = GLP_MSG_OFF
    guard glp_simplex(lp, &parameters) == 0, glp_get_status(lp) == GLP_OPT else {
      return (0, [Double](repeating: 0, count: n))
    }
    return (glp_get_obj_val(lp), (0..<n).map { glp_get_col_prim(lp, Int32($0 + 1)) })
  }
}
