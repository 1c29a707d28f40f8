/// A value loaded from files, with the warnings met on the way.
public struct Loaded<Value: Sendable>: Sendable {
  public var value: Value
  public var warnings: [Diagnostic]

  public init(_ value: Value, warnings: [Diagnostic] = []) {
    self.value = value
    self.warnings = warnings
  }
}

/// Reads an index definition (`id,name,parent,weight,direction,unit,min,max,description,source`,
/// and optionally `target,denominator,scale,normalization,aggregation,max_age,licence,attribution,`
/// `valid_min,valid_max,unit_de,link,lever,action,action_de,count_unit,count_unit_de`).
///
///     let definition = try DefinitionLoader.load(path: "indicators/smart-city-index.csv").value
///
/// `id` and `parent` are required; every other column is optional. Column names match
/// case-insensitively; unknown columns are kept in ``Node/extra``.
public enum DefinitionLoader {
  static let knownColumns = [
    "id", "name", "parent", "weight", "direction", "unit", "min", "max", "description", "source",
    "target", "denominator", "scale", "normalization", "aggregation", "max_age", "licence", "license", "attribution",
    "valid_min", "valid_max", "unit_de", "link", "lever", "action", "action_de", "count_unit", "count_unit_de",
  ]

  /// Loads and checks the definition, throwing every problem found at once.
  public static func load(path: String) throws(InputErrors) -> Loaded<IndexDefinition> {
    var log = DiagnosticLog()
    var nodes: [Node] = []
    var columns: [String: Int] = [:]
    var extraColumns: [String] = []
    var header = CSVHeader(names: [], file: path, line: 1)
    let (dialect, fileProblems) = CSVTable.read(path: path) { found in
      header = found
      for name in knownColumns { columns[name] = header.index(of: name).map { $0 + 1 } }
      extraColumns = header.names.filter { !knownColumns.contains($0.lowercased()) }
      let missing = ["id", "parent"].filter { header.index(of: $0) == nil }
      for name in missing {
        log.error(.missingColumn(name, header: header.names, table: .other), at: header.location)
      }
      return missing.isEmpty
    } body: { record in
      if let node = node(from: record, header: header, log: &log) { nodes.append(node) }
    }
    log.append(contentsOf: fileProblems)
    guard dialect != nil, !columns.isEmpty, columns["id"] != nil, columns["parent"] != nil else {
      throw InputErrors(log.diagnostics)
    }
    let definition: IndexDefinition
    do {
      definition = try IndexDefinition(nodes: nodes, file: path, extraColumns: extraColumns, columns: columns)
    } catch {
      throw InputErrors(log.diagnostics + error.diagnostics)
    }
    try log.throwIfErrors()
    return Loaded(definition, warnings: log.warnings + definition.warnings)
  }

  private static func node(from record: CSVRecord, header: CSVHeader, log: inout DiagnosticLog) -> Node? {
    func text(_ column: String) -> String {
      header.index(of: column).map { $0 < record.count ? record.string(at: $0) : "" } ?? ""
    }
    func location(_ column: String) -> SourceLocation {
      header.index(of: column).map(record.location(at:)) ?? record.location
    }
    func number(_ column: String) -> Double?? {
      let raw = text(column)
      if raw.isEmpty { return .some(nil) }
      // A `;` file written by German Excel may use a decimal comma; a `,` file cannot.
      switch NumberParsing.cell(raw, decimalComma: record.dialect.allowsDecimalComma) {
      case .number(let value): return .some(value)
      case .missing: return .some(nil)
      case .ambiguous(let point, let thousands):
        log.error(
          .ambiguousNumber(text: raw, point: point, thousands: thousands, context: .definition(column: column, id: text("id"))),
          at: location(column))
        return nil
      case .notFinite, .invalid:
        log.error(.columnNotANumber(column: column, text: raw), at: location(column))
        return nil
      }
    }

    func method<M: RawRepresentable & CaseIterable>(_: M.Type, _ column: String, of id: String) -> M?
    where M.RawValue == String {
      let raw = text(column)
      guard !raw.isEmpty else { return nil }
      if let parsed = M(rawValue: raw.lowercased()) { return parsed }
      let known = M.allCases.map(\.rawValue)
      log.error(
        .notOneOf(column: column, id: id, known: known, got: raw, suggestions: Suggestion.names(for: raw, in: known)),
        at: location(column))
      return nil
    }

    let id = text("id")
    guard !id.isEmpty else {
      log.error(.emptyID, at: location("id"))
      return nil
    }
    if !id.unicodeScalars.allSatisfy(isIDCharacter) {
      log.error(.badID(id), at: location("id"))
    }
    var node = Node(id: id, location: record.location)
    let name = text("name")
    node.name = name.isEmpty ? id : name
    let parent = text("parent")
    node.parentID = parent.isEmpty ? nil : parent
    if case .some(let weight) = number("weight") {
      if let weight {
        if weight > 0 {
          node.weight = weight
        } else {
          log.error(.weightNotPositive(id: id, got: text("weight")), at: location("weight"))
        }
      }
    }
    let direction = text("direction")
    if !direction.isEmpty {
      if let parsed = Direction(typed: direction) {
        node.direction = parsed
      } else {
        log.error(.badDirection(id: id, got: direction), at: location("direction"))
        node.direction = .higherIsBetter  // reported; keeps the structural check quiet
      }
    }
    node.unit = text("unit")
    if case .some(let low) = number("min") { node.goalpostMin = low }
    if case .some(let high) = number("max") { node.goalpostMax = high }
    if case .some(let target) = number("target") { node.target = target }
    if case .some(let low) = number("valid_min") { node.validMin = low }
    if case .some(let high) = number("valid_max") { node.validMax = high }
    if let low = node.validMin, let high = node.validMax, low > high {
      log.error(.validRangeReversed(id: id, low: low, high: high), at: location("valid_min"))
    }
    let denominator = text("denominator")
    node.denominator = denominator.isEmpty ? nil : denominator
    if case .some(let scale) = number("scale"), let scale {
      if scale > 0 {
        node.scale = scale
      } else {
        log.error(.scaleNotPositive(id: id, got: text("scale")), at: location("scale"))
      }
    }
    node.normalization = method(Normalization.self, "normalization", of: id)
    node.aggregation = method(Aggregation.self, "aggregation", of: id)
    let maxAge = text("max_age")
    if !maxAge.isEmpty {
      if let years = Int(maxAge), years >= 0 {
        node.maxAge = years
      } else {
        log.error(.badMaxAge(id: id, got: maxAge), at: location("max_age"))
      }
    }
    node.description = text("description")
    node.source = text("source")
    node.licence = text("licence").isEmpty ? text("license") : text("licence")
    node.attribution = text("attribution")
    node.germanUnit = text("unit_de")
    node.action = text("action")
    node.germanAction = text("action_de")
    node.countUnit = text("count_unit")
    node.germanCountUnit = text("count_unit_de")
    node.link = text("link")
    let lever = text("lever").lowercased()
    switch lever {
    case "": break
    case "yes", "ja", "1", "true", "y", "j": node.lever = true
    case "no", "nein", "0", "false", "n": node.lever = false
    default: log.error(.badLever(id: id, got: text("lever")), at: location("lever"))
    }
    for (i, column) in header.names.enumerated()
    where !knownColumns.contains(column.lowercased()) && i < record.count {
      node.extra[column] = record.string(at: i)
    }
    return node
  }

  private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "."
      || scalar == "-"
  }
}
