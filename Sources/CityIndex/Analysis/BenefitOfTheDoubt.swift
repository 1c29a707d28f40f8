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

/// The benefit-of-the-doubt programme of one scorecard, built once and solved for one city after
/// another. The constraints — no city above 1 — are the same for every city; only the objective
/// and the share-bound rows (which use the city's own scores) change. Most cities' constraints
/// never bind (they are beaten everywhere by others), so the programme holds only the constraints
/// found binding so far (*constraint generation*): it starts with the best city of each
/// indicator, and after each solve adds the constraints the weights violate (`Y w > 1`, checked
/// against every city), until none is. The result is the full programme's optimum — feasible for
/// every constraint and optimal for a subset of them — and each solve starts from the previous
/// optimal basis. On 2,000 cities × 20 indicators 1.0 s instead of 7.3 s (BENCHMARKS.md).
final class LinearProgramme {
  private let lp: OpaquePointer
  private let scores: [[Double]]
  private let n: Int
  private let bounds: BenefitOfTheDoubt.ShareBounds?
  /// The share-bound rows come first (upper bound of indicator i at row i + 1, lower bound at
  /// n + i + 1 when above 0), then one row per city taken in.
  private let boundRows: Int
  private var taken: Set<Int> = []
  /// How many violated constraints one round takes in, most violated first.
  private let perRound = 16

  init(constraints: [[Double]], bounds: BenefitOfTheDoubt.ShareBounds?) {
    // GLPK prints to the terminal by default; the library never prints.
    glp_term_out(GLP_OFF)
    lp = glp_create_prob()
    scores = constraints
    let n = constraints.first?.count ?? 0
    self.n = n
    self.bounds = bounds
    boundRows = bounds.map { $0.lower > 0 ? 2 * n : n } ?? 0
    glp_set_obj_dir(lp, GLP_MAX)
    guard n > 0 else { return }
    glp_add_cols(lp, Int32(n))
    for i in 0..<n { glp_set_col_bnds(lp, Int32(i + 1), GLP_LO, 0, 0) }
    if boundRows > 0 {
      // share_i ≤ upper:  y_i w_i − upper Σ_k y_k w_k ≤ 0;  share_i ≥ lower:  … ≥ 0; the
      // coefficients are the city's own, set in ``maximise(_:)``.
      _ = glp_add_rows(lp, Int32(boundRows))
      for r in 0..<boundRows { glp_set_row_bnds(lp, Int32(r + 1), r < n ? GLP_UP : GLP_LO, 0, 0) }
    }
    // The best city of each indicator bounds that weight: the programme is bounded from the start.
    var best = Set<Int>()
    for i in 0..<n {
      if let j = constraints.indices.max(by: { constraints[$0][i] < constraints[$1][i] }), constraints[j][i] > 0 { best.insert(j) }
    }
    take(best.sorted())
  }

  deinit { glp_delete_prob(lp) }

  /// Adds the constraints of these cities: `Σ_i w_i y_ji ≤ 1`.
  private func take(_ cities: [Int]) {
    guard !cities.isEmpty else { return }
    let first = glp_add_rows(lp, Int32(cities.count))
    for (k, j) in cities.enumerated() {
      let row = first + Int32(k)
      glp_set_row_bnds(lp, row, GLP_UP, 0, 1)
      let nonzero = scores[j].indices.filter { scores[j][$0] != 0 }
      glp_set_mat_row(lp, row, Int32(nonzero.count), [0] + nonzero.map { Int32($0 + 1) }, [0] + nonzero.map { scores[j][$0] })
      taken.insert(j)
    }
  }

  /// The optimum of `Σ w_i objective_i` and the weights reaching it; `(0, zeros)` when the
  /// solver finds no optimum (it always exists: `w = 0` is admissible and the scores are bounded).
  func maximise(_ objective: [Double]) -> (Double, [Double]) {
    guard n > 0, objective.count == n else { return (0, [Double](repeating: 0, count: objective.count)) }
    for i in 0..<n { glp_set_obj_coef(lp, Int32(i + 1), objective[i]) }
    if let b = bounds {
      let columns = [Int32(0)] + (1...Int32(n)).map { $0 }
      for i in 0..<n {
        let upper = objective.indices.map { k in (k == i ? objective[k] : 0) - b.upper * objective[k] }
        glp_set_mat_row(lp, Int32(i + 1), Int32(n), columns, [0] + upper)
        if b.lower > 0 {
          let lower = objective.indices.map { k in (k == i ? objective[k] : 0) - b.lower * objective[k] }
          glp_set_mat_row(lp, Int32(n + i + 1), Int32(n), columns, [0] + lower)
        }
      }
    }
    var parameters = glp_smcp()
    glp_init_smcp(&parameters)
    parameters.msg_lev = GLP_MSG_OFF
    while true {
      guard solve(&parameters) else { return (0, [Double](repeating: 0, count: n)) }
      let w = (0..<n).map { glp_get_col_prim(lp, Int32($0 + 1)) }
      // The constraints these weights break, most broken first.
      var violated: [(city: Int, by: Double)] = []
      for (j, row) in scores.enumerated() where !taken.contains(j) {
        var sum = 0.0
        for i in 0..<n { sum += row[i] * w[i] }
        if sum > 1 + 1e-9 { violated.append((j, sum)) }
      }
      if violated.isEmpty { return (glp_get_obj_val(lp), w) }
      take(violated.sorted { $0.by != $1.by ? $0.by > $1.by : $0.city < $1.city }.prefix(perRound).map(\.city))
    }
  }

  /// One simplex from the current basis; from the standard basis when that fails (a basis
  /// singular after the bound rows changed).
  private func solve(_ parameters: inout glp_smcp) -> Bool {
    if glp_simplex(lp, &parameters) == 0 && glp_get_status(lp) == GLP_OPT { return true }
    glp_std_basis(lp)
    return glp_simplex(lp, &parameters) == 0 && glp_get_status(lp) == GLP_OPT
  }
}
