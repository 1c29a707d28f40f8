/// Reads weights from a CSV file: `id` and one column per expert (any names), each row a node.
///
///     id,expert_a,expert_b
///     verwaltung,30,20
///     mobilitaet,70,30
///
/// **Budget allocation** (OECD/JRC handbook §6.1.4): every expert shares a budget of points
/// among the children of a group; each expert's points are turned into shares of their own
/// total among those siblings (so a budget of 100 and one of 10 count alike), and a node's
/// weight is the mean share over the experts. A file with one column is simply a set of
/// weights. Nodes the file leaves out keep the definition's weights; a file must give all
/// siblings of a node it names, every expert a number ≥ 0 for each, and every expert some points
/// to a group's children. A node that gets 0 from every expert has weight 0 and is left out —
/// with its whole branch — exactly as a slider at 0 leaves an area out of the report's ranking.
///
///     // expert_a: 30 / 100 = 0.3, expert_b: 20 / 50 = 0.4 → verwaltung 0.35, mobilitaet 0.65
public enum WeightsLoader {
  public static func load(path: String, definition: IndexDefinition) throws(InputErrors) -> Loaded<[String: Double]> {
    var log = DiagnosticLog()
    var experts: [(column: Int, name: String)] = []
    var idColumn: Int?
    var points: [String: [Double]] = [:]
    var lines: [String: SourceLocation] = [:]
    /// Each node's cells, one per expert, for messages about a cell.
    var cells: [String: [SourceLocation]] = [:]
    let (dialect, problems) = CSVTable.read(path: path) { header in
      idColumn = header.index(of: "id")
      guard idColumn != nil else {
        log.error(.missingColumn("id", header: header.names, table: .other), at: header.location)
        return false
      }
      experts = header.names.enumerated().filter { $0.offset != idColumn && $0.element.lowercased() != "name" }
        .map { ($0.offset, $0.element) }
      if experts.isEmpty { log.error(.noWeightColumn, at: header.location) }
      return !experts.isEmpty
    } body: { record in
      guard let idColumn else { return }
      let id = record.string(at: idColumn)
      guard definition.index(of: id) != nil else {
        log.error(
          .unknownNode(id, suggestions: Suggestion.names(for: id, in: definition.nodes.map(\.id))), at: record.location(at: idColumn))
        return
      }
      if let first = lines[id] {
        log.error(.nodeTwice(id, firstLine: first.line ?? 0), at: record.location(at: idColumn))
        return
      }
      lines[id] = record.location(at: idColumn)
      cells[id] = experts.map { record.location(at: $0.column) }
      var row: [Double] = []
      for expert in experts {
        let text = expert.column < record.count ? record.string(at: expert.column) : ""
        if case .number(let value) = NumberParsing.cell(text, decimalComma: record.dialect.allowsDecimalComma), value >= 0 {
          row.append(value)
        } else {
          log.error(.badWeight(expert: expert.name, id: id, got: text), at: record.location(at: expert.column))
          row.append(.nan)
        }
      }
      points[id] = row
    }
    log.append(contentsOf: problems)
    guard dialect != nil else { throw InputErrors(log.diagnostics) }
    try log.throwIfErrors()

    var weights: [String: Double] = [:]
    var groups: [Int] = []
    for id in points.keys {
      if let node = definition.index(of: id), let parent = definition.parent[node], !groups.contains(parent) {
        groups.append(parent)
      }
    }
    for group in groups.sorted() {
      let siblings = definition.children[group].map { definition.nodes[$0].id }
      let missing = siblings.filter { points[$0] == nil }
      guard missing.isEmpty else {
        let named = siblings.filter { points[$0] != nil }
        log.error(.weightsTogether(group: definition.nodes[group].id, named: named, missing: missing), at: lines[named[0]])
        continue
      }
      var shares = [Double](repeating: 0, count: siblings.count)
      for (e, expert) in experts.enumerated() {
        let total = siblings.reduce(0) { $0 + (points[$1]?[e] ?? 0) }
        guard total > 0 else {
          log.error(
            .allWeightsZero(expert: expert.name, group: definition.nodes[group].id),
            at: cells[siblings[0]].map { $0[e] } ?? lines[siblings[0]])
          continue
        }
        for (i, id) in siblings.enumerated() { shares[i] += (points[id]?[e] ?? 0) / total / Double(experts.count) }
      }
      // A node every expert gives 0 has weight 0: it is left out, as the report's sliders do.
      for (i, id) in siblings.enumerated() { weights[id] = shares[i] }
    }
    try log.throwIfErrors()
    return Loaded(weights)
  }
}
