/// The hierarchy of a composite index: one root, groups beneath it, indicators at the leaves.
///
///     index (root)
///     ├── verwaltung          weight 1
///     │   ├── online_services  +
///     │   └── e_payment        +
///     └── mobilitaet          weight 1
///         └── congestion       -
///
/// Build one with ``init(nodes:file:)``, which checks the structure and throws every problem
/// at once. Leaves — nodes that no row names as parent — are the indicators; their order in
/// the file is the column order of every value matrix (``leaves``).
public struct IndexDefinition: Sendable {
  /// The file the definition came from, as the user named it.
  public let file: String
  /// Every node, in file order.
  public private(set) var nodes: [Node]
  /// Position of the root in ``nodes``.
  public let root: Int
  /// Position of each node's parent; `nil` for the root.
  public let parent: [Int?]
  /// Positions of each node's children, in file order.
  public let children: [[Int]]
  /// Positions of the leaves (indicators), in file order.
  public let leaves: [Int]
  /// For each node, its column among the leaves, or `nil` for a group.
  public let leafColumn: [Int?]
  /// Distance from the root (root 0, areas 1, …).
  public let depth: [Int]
  /// Groups ordered so that every group comes after all of its descendants.
  public let groupsBottomUp: [Int]
  /// Names of columns the engine does not know, in header order.
  public let extraColumns: [String]
  /// Warnings found while checking the structure (e.g. a direction on a group).
  public let warnings: [Diagnostic]
  private let positions: [String: Int]

  /// Checks the structure of `nodes` and builds the definition.
  ///
  /// - Throws: ``InputErrors`` listing every unknown parent, duplicate id, cycle, missing or
  ///   extra root, leaf without a valid direction, and goalpost pair with `min >= max`.
  /// - Parameter columns: the 1-based column of each known field (`"parent"`, `"direction"` …)
  ///   in the file, so that messages can point at the cell.
  public init(
    nodes: [Node], file: String, extraColumns: [String] = [], columns: [String: Int] = [:]
  ) throws(InputErrors) {
    var log = DiagnosticLog()
    let checked = Self.structure(of: nodes, file: file, columns: columns, log: &log)
    try log.throwIfErrors()
    guard let checked else { throw InputErrors(log.diagnostics) }
    self.file = file
    self.nodes = nodes
    self.warnings = log.warnings
    self.extraColumns = extraColumns
    let (root, parent, children, positions) = checked
    let leaves = nodes.indices.filter { children[$0].isEmpty }
    var leafColumn = [Int?](repeating: nil, count: nodes.count)
    for (column, node) in leaves.enumerated() { leafColumn[node] = column }
    var levels = [Int](repeating: 0, count: nodes.count)
    var order: [Int] = []
    func visit(_ node: Int, _ level: Int) {
      levels[node] = level
      for child in children[node] { visit(child, level + 1) }
      if !children[node].isEmpty { order.append(node) }
    }
    visit(root, 0)
    self.root = root
    self.parent = parent
    self.children = children
    self.positions = positions
    self.leaves = leaves
    self.leafColumn = leafColumn
    self.depth = levels
    self.groupsBottomUp = order
  }

  /// The position of the node with this id.
  public func index(of id: String) -> Int? { positions[id] }

  /// The node with this id.
  public subscript(id: String) -> Node? { positions[id].map { nodes[$0] } }

  /// The indicators (leaf nodes), in column order.
  public var indicators: [Node] { leaves.map { nodes[$0] } }

  /// The children of the root: the areas of the index.
  public var areas: [Node] { children[root].map { nodes[$0] } }

  /// Each leaf's weight multiplied by the weight shares of its ancestors: how much one point of
  /// the leaf moves the root under arithmetic aggregation with complete data.
  public var effectiveWeights: [Double] {
    var share = [Double](repeating: 0, count: nodes.count)
    share[root] = 1
    func visit(_ node: Int) {
      let total = children[node].reduce(0) { $0 + nodes[$1].weight }
      for child in children[node] {
        share[child] = share[node] * nodes[child].weight / total
        visit(child)
      }
    }
    visit(root)
    return leaves.map { share[$0] }
  }

  /// The same hierarchy with other weights (`weights[node]`, every node).
  public func withWeights(_ weights: [Double]) -> IndexDefinition {
    var copy = self
    for i in copy.nodes.indices { copy.nodes[i].weight = weights[i] }
    return copy
  }

  /// The same hierarchy with the weights of the nodes named in `weights` replaced.
  public func withWeights(_ weights: [String: Double]) -> IndexDefinition {
    withWeights(nodes.map { weights[$0.id] ?? $0.weight })
  }

  /// The same index with each node's German unit (`unit_de`) as its unit where it has one, for
  /// German pages; scores do not depend on units.
  /// The definition as pages and tables in `language` show it: German units, actions and
  /// count units in German (``withGermanUnits()``), else as it is.
  public func forLanguage(_ language: Language) -> IndexDefinition { language == .de ? withGermanUnits() : self }

  public func withGermanUnits() -> IndexDefinition {
    var copy = self
    for i in copy.nodes.indices {
      if !copy.nodes[i].germanUnit.isEmpty { copy.nodes[i].unit = copy.nodes[i].germanUnit }
      if !copy.nodes[i].germanAction.isEmpty { copy.nodes[i].action = copy.nodes[i].germanAction }
      if !copy.nodes[i].germanCountUnit.isEmpty { copy.nodes[i].countUnit = copy.nodes[i].germanCountUnit }
    }
    return copy
  }
}
