/// Reads exports of official statistics in GENESIS's flat-file CSV (`ffcsv`: GENESIS-Online,
/// regionalstatistik.de, the Zensus 2022 database) into city values the engine can rank:
///
///     statistics_code;statistics_label;time_code;time_label;time;
///     1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;…;
///     value;value_unit;value_variable_code;value_variable_label[;value_q]
///
/// - **Region**: the variable whose code names regions (`KREISE`, `GEMEIN…`, `GEO…`, `DLAND`,
///   `DINSG`, `REGBEZ`); its attribute codes are official keys, resolved through the cities
///   file (``CityKeys``). Rows of regions that are no city there are skipped and counted.
/// - **Year**: `time`, a year or a reference date (`2022-12-31`, `31.12.2022`).
/// - **Indicator**: the lowercased `value_variable_code`, extended by the attribute code of
///   every further variable a row has one for (`bevstd_gesw`; totals have none), or what
///   `map` says for either.
/// - **Value**: a decimal comma or point; `-` (nothing) is 0; `.`, `...`, `x`, `/` are missing,
///   skipped and counted by symbol.
/// - **Flag**: `value_q` (`p` provisional, `r` revised, `s` estimated; other codes as given).
/// - **Source**: statistic code and label.
///
///     let export = try GenesisLoader.load(path: "12411-01-01-4.csv", keys: keys).value
///     export.values.first   // Köln, 2022, bevstd, 1084831, provisional, "12411-01-01-4 Bevölkerung …"
public enum GenesisLoader {
  /// Columns every flat file has.
  static let required = ["statistics_code", "statistics_label", "time", "value", "value_variable_code"]

  /// The symbols GENESIS writes instead of a number, and what they mean.
  public static let missingSymbols: [String: String] = [
    ".": "unknown or secret", "...": "not yet available", "x": "not applicable", "/": "not reliable enough",
  ]

  /// What the quality codes of `value_q` are written as in `flag`.
  public static let qualityFlags = ["p": "provisional", "r": "revised", "s": "estimated"]

  /// Reads one export. `map`: value variable code or generated id (either case) → indicator id.
  public static func load(path: String, keys: CityKeys, map: [String: String] = [:]) throws(InputErrors) -> Loaded<OfficialExport> {
    let loaded = try load(paths: [path], keys: keys, map: map)
    // A file that could not be read is an error, so one that loaded is there.
    return Loaded(loaded.value.first ?? OfficialExport(file: path), warnings: loaded.warnings)
  }

  /// Reads several exports, every file's problems at once; a (city, year, indicator) given twice
  /// — in one export or in two — is an error naming both places.
  public static func load(paths: [String], keys: CityKeys, map: [String: String] = [:]) throws(InputErrors) -> Loaded<[OfficialExport]> {
    var log = DiagnosticLog()
    var exports: [OfficialExport] = []
    var seen: [String: (export: Int, file: String, line: Int)] = [:]  // city|year|indicator → where first given
    let mapped = Dictionary(map.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
    for (number, path) in paths.enumerated() {
      if let export = read(path: path, number: number, keys: keys, mapped: mapped, seen: &seen, log: &log) {
        exports.append(export)
      }
    }
    try log.throwIfErrors()
    return Loaded(exports, warnings: log.warnings)
  }

  private static func read(
    path: String, number: Int, keys: CityKeys, mapped: [String: String],
    seen: inout [String: (export: Int, file: String, line: Int)],
    log: inout DiagnosticLog
  ) -> OfficialExport? {
    var export = OfficialExport(file: path)
    var layout: Layout?
    var region: Layout.Variable?
    var rows = 0
    var matched = false
    var regionKeys: [String: String?] = [:]  // attribute code → city (nil: no city)
    var skippedRegions: Set<String> = []

    let (dialect, problems) = CSVTable.read(path: path) { header in
      layout = Layout(header, log: &log)
      return layout != nil
    } body: { record in
      guard let layout else { return }
      // The region variable: the first whose code names regions, found in the first row (the
      // variables are the same in every row of an export).
      rows += 1
      if rows == 1 {
        region = layout.variables.first { Self.isRegionVariable(record.string(at: $0.code)) }
        export.regionVariable = region.map { record.string(at: $0.code) }
        if region == nil {
          let codes = layout.variables.map { "'\(record.string(at: $0.code))'" }.joined(separator: ", ")
          log.error(.noRegionVariable(codes: codes), at: record.location)
        }
      }
      guard let region else { return }
      let key = record.string(at: region.attribute)
      let city: String?
      if let known = regionKeys[key] {
        city = known
      } else {
        city = try? keys.resolve(key).get()
        regionKeys[key] = .some(city)
      }
      guard let city else {
        export.skippedRows += 1
        skippedRegions.insert(key)
        return
      }
      matched = true

      let timeText = record.string(at: layout.time)
      guard let year = Self.year(timeText) else {
        log.error(.badTime(timeText), at: record.location(at: layout.time))
        return
      }

      let code = record.string(at: layout.valueCode)
      var id = code.lowercased()
      for variable in layout.variables where variable.attribute != region.attribute {
        let attribute = record.string(at: variable.attribute)
        if !attribute.isEmpty { id += "_" + attribute.lowercased() }
      }
      // --map names the generated id, or the value code (the attribute suffixes then stay).
      let indicator = mapped[id] ?? mapped[code.lowercased()].map { $0 + id.dropFirst(code.count) } ?? id
      let variable = export.variable(
        indicator, code: code, label: record.string(at: layout.valueLabel ?? layout.valueCode),
        unit: layout.unit.map { record.string(at: $0) } ?? "")
      export.variables[variable].cities.insert(city)
      export.variables[variable].years.insert(year)

      let text = record.string(at: layout.value).trimmingCharacters(in: .whitespaces)
      let value: Double
      if text == "-" {
        value = 0
      } else if Self.missingSymbols[text] != nil || text.isEmpty {
        export.missing[text.isEmpty ? "(empty)" : text, default: 0] += 1
        export.variables[variable].missing += 1
        return
      } else {
        switch NumberParsing.cell(text, decimalComma: record.dialect.allowsDecimalComma) {
        case .number(let number): value = number
        case .ambiguous(let point, _): value = point  // GENESIS writes no thousands separators
        case .missing, .notFinite, .invalid:
          log.error(.valueNotGenesis(text), at: record.location(at: layout.value))
          return
        }
      }
      let quality = layout.quality.map { record.string(at: $0).trimmingCharacters(in: .whitespaces) } ?? ""
      let flag = quality.isEmpty ? nil : (Self.qualityFlags[quality.lowercased()] ?? quality)
      let place = "\(city)|\(year)|\(indicator)"
      if let first = seen[place] {
        log.error(
          first.export == number
            ? .genesisSecondValue(city: city, year: year, indicator: indicator, line: first.line)
            : .genesisAlsoIn(city: city, year: year, indicator: indicator, file: first.file, line: first.line),
          at: record.location(at: layout.value))
        return
      }
      seen[place] = (number, path, record.line)
      let source = "\(record.string(at: layout.statisticsCode)) \(record.string(at: layout.statisticsLabel))"
      export.values.append(
        .init(city: city, year: year, indicator: indicator, value: value, flag: flag, source: source, line: record.line))
    }
    log.append(contentsOf: problems)
    guard dialect != nil, layout != nil else { return nil }
    export.skippedRegions = skippedRegions.count
    if let region = export.regionVariable, Self.isKreisLevel(region) {
      let found = Set(export.values.map(\.city))
      export.notKreisfrei = keys.notKreisfrei.filter { !found.contains($0) }
    }
    if rows == 0 {
      log.error(.noDataRows, at: SourceLocation(file: path))
    } else if region != nil && !matched {
      let examples = skippedRegions.sorted().prefix(3).map { "'\($0)'" }.joined(separator: ", ")
      log.error(.noRegionIsACity(regions: skippedRegions.count, examples: examples), at: SourceLocation(file: path))
    }
    return export
  }

  /// Whether a variable code names regions: Kreise, Gemeinden, Länder, Regierungsbezirke,
  /// Germany, or the Zensus database's `GEO…` levels.
  static func isRegionVariable(_ code: String) -> Bool {
    let upper = code.uppercased()
    return ["KREISE", "GEMEIN", "GEO", "DLAND", "DINSG", "REGBEZ"].contains { upper.hasPrefix($0) }
  }

  /// Whether a region variable is the Kreis level (`KREISE`, the Zensus database's `GEOLK…`).
  static func isKreisLevel(_ code: String) -> Bool {
    let upper = code.uppercased()
    return upper.hasPrefix("KREISE") || upper.hasPrefix("GEOLK")
  }

  /// `2022`, `2022-12-31` or `31.12.2022` → 2022.
  static func year(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let digits: Substring
    if trimmed.count == 4 {
      digits = trimmed[...]
    } else if trimmed.count == 10 && trimmed.dropFirst(4).first == "-" {
      digits = trimmed.prefix(4)
    } else if trimmed.count == 10 && trimmed.dropFirst(2).first == "." {
      digits = trimmed.suffix(4)
    } else {
      return nil
    }
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(digits), year >= 1000 else { return nil }
    return year
  }

  /// Where the columns are.
  struct Layout {
    struct Variable: Equatable {
      var code: Int
      var attribute: Int
    }
    var statisticsCode, statisticsLabel, time, value, valueCode: Int
    var valueLabel, unit, quality: Int?
    var variables: [Variable]

    init?(_ header: CSVHeader, log: inout DiagnosticLog) {
      let missing = GenesisLoader.required.filter { header.index(of: $0) == nil }
      guard missing.isEmpty, let code = header.index(of: "statistics_code"), let label = header.index(of: "statistics_label"),
        let time = header.index(of: "time"), let value = header.index(of: "value"),
        let valueCode = header.index(of: "value_variable_code")
      else {
        log.error(.notFlatFile(missing: missing), at: header.location)
        return nil
      }
      (statisticsCode, statisticsLabel, self.time, self.value, self.valueCode) = (code, label, time, value, valueCode)
      valueLabel = header.index(of: "value_variable_label")
      unit = header.index(of: "value_unit")
      quality = header.index(of: "value_q")
      variables = Self.variables(in: header.names)
      if variables.isEmpty {
        log.error(.noVariables, at: header.location)
        return nil
      }
    }

    /// The numbered variables (`1_variable_code` with `1_variable_attribute_code`, up to 99) in
    /// their order, from one pass over the header's names.
    static func variables(in names: [String]) -> [Variable] {
      var codes = [Int?](repeating: nil, count: 100)
      var attributes = [Int?](repeating: nil, count: 100)
      for (position, name) in names.enumerated() {
        let name = name.lowercased()
        guard let underscore = name.firstIndex(of: "_"), let n = Int(name[..<underscore]), (1...99).contains(n),
          String(n) == name[..<underscore]
        else { continue }
        switch name[underscore...] {
        case "_variable_code": codes[n] = codes[n] ?? position
        case "_variable_attribute_code": attributes[n] = attributes[n] ?? position
        default: continue
        }
      }
      return (1...99).compactMap { n in
        guard let code = codes[n], let attribute = attributes[n] else { return nil }
        return Variable(code: code, attribute: attribute)
      }
    }
  }
}
