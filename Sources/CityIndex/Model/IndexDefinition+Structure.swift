extension IndexDefinition {
  typealias Structure = (root: Int, parent: [Int?], children: [[Int]], positions: [String: Int])

  /// Links parents and children, reporting every structural problem into `log`.
  static func structure(
    of nodes: [Node], file: String, columns: [String: Int], log: inout DiagnosticLog
  ) -> Structure? {
    var positions: [String: Int] = [:]
    for (i, node) in nodes.enumerated() {
      if let first = positions[node.id] {
        log.error(.duplicateID(node.id, firstLine: nodes[first].location.line ?? 0), at: node.location)
      } else {
        positions[node.id] = i
      }
    }
    if nodes.isEmpty {
      log.error(.noDefinitionRows, at: SourceLocation(file: file))
      return nil
    }

    var parent = [Int?](repeating: nil, count: nodes.count)
    var children = [[Int]](repeating: [], count: nodes.count)
    var roots: [Int] = []
    for (i, node) in nodes.enumerated() where positions[node.id] == i {
      guard let parentID = node.parentID else {
        roots.append(i)
        continue
      }
      guard let p = positions[parentID] else {
        log.error(
          .unknownParent(parentID, of: node.id, suggestions: Suggestion.names(for: parentID, in: nodes.map(\.id))),
          at: node.location.column(columns["parent"]))
        continue
      }
      if p == i {
        log.error(.ownParent(node.id), at: node.location.column(columns["parent"]))
        continue
      }
      parent[i] = p
      children[p].append(i)
    }

    if roots.isEmpty {
      log.error(.noRoot, at: SourceLocation(file: file))
    } else if roots.count > 1 {
      let names = roots.map { nodes[$0].id }
      for extra in roots.dropFirst() {
        log.error(.severalRoots(names), at: nodes[extra].location)
      }
    }
    reportCycles(nodes: nodes, parent: parent, log: &log)

    if roots.count == 1 {
      let root = roots[0]
      if children[root].isEmpty {
        log.error(.rootWithoutChildren(nodes[root].id), at: nodes[root].location)
      }
    }
    for (i, node) in nodes.enumerated() where positions[node.id] == i {
      if children[i].isEmpty && node.direction == nil && i != roots.first {
        log.error(.directionNeeded(node.id), at: node.location.column(columns["direction"]))
      } else if !children[i].isEmpty && node.direction != nil {
        log.warning(.groupDirectionIgnored(node.id), at: node.location.column(columns["direction"]))
      }
      if children[i].isEmpty, node.aggregation != nil {
        log.warning(.indicatorAggregationIgnored(node.id), at: node.location.column(columns["aggregation"]))
      }
      if !children[i].isEmpty {
        for (field, present) in [
          ("normalization", node.normalization != nil), ("denominator", node.denominator != nil),
          ("target", node.target != nil), ("scale", node.scale != nil), ("max_age", node.maxAge != nil),
          ("lever", node.lever != nil),
        ] where present {
          log.warning(.groupFieldIgnored(field: field, id: node.id), at: node.location.column(columns[field]))
        }
      }
      if let low = node.goalpostMin, let high = node.goalpostMax, low >= high {
        log.error(.goalpostsReversed(id: node.id, low: low, high: high), at: node.location)
      }
    }
    guard !log.hasErrors, let root = roots.first else { return nil }
    return (root, parent, children, positions)
  }

  /// Reports each cycle once, at the member that comes first in the file.
  private static func reportCycles(nodes: [Node], parent: [Int?], log: inout DiagnosticLog) {
    var state = [UInt8](repeating: 0, count: nodes.count)  // 0 new, 1 on the current path, 2 done
    for start in nodes.indices where state[start] == 0 {
      var path: [Int] = []
      var current: Int? = start
      while let node = current, state[node] == 0 {
        state[node] = 1
        path.append(node)
        current = parent[node]
      }
      if let node = current, state[node] == 1, let entry = path.firstIndex(of: node) {
        let cycle = Array(path[entry...])
        let first = cycle.min() ?? node
        let rotated = cycle.drop { $0 != first } + cycle.prefix { $0 != first }
        let chain = (rotated + [first]).map { nodes[$0].id }.joined(separator: " → ")
        log.error(.cycle(chain), at: nodes[first].location)
      }
      for node in path { state[node] = 2 }
    }
  }
}

extension SourceLocation {
  /// The same line, at another column.
  func column(_ column: Int?) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column)
  }
}

extension IndexDefinition {
  /// The definition without the nodes `ids` and their descendants; a group left without
  /// children goes too.
  ///
  /// - Throws: ``InputErrors`` for an unknown id or when nothing would be left.
  public func excluding(_ ids: [String]) throws(InputErrors) -> IndexDefinition {
    var log = DiagnosticLog()
    var removed = Set<Int>()
    func remove(_ node: Int) {
      removed.insert(node)
      for child in children[node] { remove(child) }
    }
    for id in ids {
      guard let node = index(of: id) else {
        log.error(.excludeUnknown(id, suggestions: Suggestion.names(for: id, in: nodes.map(\.id))))
        continue
      }
      if node == root { log.error(.excludeRoot(id)) }
      remove(node)
    }
    try log.throwIfErrors()
    // Groups whose children are all gone go too, up the tree.
    for group in groupsBottomUp where !removed.contains(group) {
      if children[group].allSatisfy(removed.contains) { removed.insert(group) }
    }
    guard !removed.contains(root) else {
      throw InputErrors([.error(.excludeLeavesNothing)])
    }
    let kept = nodes.indices.filter { !removed.contains($0) }.map { nodes[$0] }
    return try IndexDefinition(nodes: kept, file: file, extraColumns: extraColumns)
  }

  /// The indicator columns at or under the nodes `ids` (indicators or groups).
  ///
  ///     definition.indicatorColumns(under: ["verwaltung"], option: "--only")   // the area's indicators
  ///
  /// - Throws: ``InputErrors`` naming each unknown id, with a did-you-mean.
  public func indicatorColumns(under ids: [String], option: String) throws(InputErrors) -> Set<Int> {
    var log = DiagnosticLog()
    var columns = Set<Int>()
    func collect(_ node: Int) {
      if let column = leafColumn[node] { columns.insert(column) }
      for child in children[node] { collect(child) }
    }
    for id in ids {
      guard let node = index(of: id) else {
        log.error(.optionUnknownNode(option: option, id: id, suggestions: Suggestion.names(for: id, in: nodes.map(\.id))))
        continue
      }
      collect(node)
    }
    try log.throwIfErrors()
    return columns
  }
}

/// Where a node stands in the hierarchy; the raw value is the machine word (CSV, JSON).
public enum NodeLevel: String, Sendable, Equatable {
  case index, area
  case subArea = "sub-area"
  case indicator
}

extension IndexDefinition {
  /// The root is the index, its children areas, other groups sub-areas, leaves indicators.
  public func level(of node: Int) -> NodeLevel {
    node == root ? .index : leafColumn[node] != nil ? .indicator : depth[node] == 1 ? .area : .subArea
  }

  /// The area a node belongs to: its ancestor just below the root (an area itself; the root the root).
  public func area(of node: Int) -> Int {
    var current = node
    while let parent = parent[current], parent != root { current = parent }
    return current
  }
}
