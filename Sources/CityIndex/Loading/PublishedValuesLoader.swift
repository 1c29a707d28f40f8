/// Reads figures someone else published about the cities — another ranking's ranks, totals and
/// area scores — in the long form `city,year,indicator,value`, with optional `source` (where the
/// figure was published) and `status` (`reported`, or how it was derived), for
/// ``RankingBenchmark`` and the reports, which show each figure as published or derived.
///
///     let bitkom = try PublishedValuesLoader.load(path: "datasets/bitkom-published.csv").value
///     bitkom.value(city: "München", year: 2023, indicator: "rank")   // 1
///
/// Unlike city data, the indicators need no definition: they are whatever the publisher
/// published. Values must be numbers (a decimal comma in `;` files); missing markers are skipped.
public enum PublishedValuesLoader {
  public static func load(path: String) throws(InputErrors) -> Loaded<PublishedValues> {
    var log = DiagnosticLog()
    var entries: [PublishedValues.Entry] = []
    var fields: (city: Int, year: Int, indicator: Int, value: Int)?
    var sourceField: Int?
    var statusField: Int?
    var seen: [String: Int] = [:]  // "city|year|indicator" → line
    let (dialect, problems) = CSVTable.read(path: path) { header in
      let names = ["city", "year", "indicator", "value"]
      let missing = names.filter { header.index(of: $0) == nil }
      for name in missing {
        log.error(.missingColumn(name, header: header.names, table: .published), at: header.location)
      }
      if let city = header.index(of: "city"), let year = header.index(of: "year"), let indicator = header.index(of: "indicator"),
        let value = header.index(of: "value")
      {
        fields = (city, year, indicator, value)
      }
      sourceField = header.index(of: "source")
      statusField = header.index(of: "status")
      return missing.isEmpty
    } body: { record in
      guard let fields else { return }
      let city = record.string(at: fields.city)
      let indicator = record.string(at: fields.indicator)
      let yearText = record.string(at: fields.year)
      guard let year = Int(yearText), (1000...9999).contains(year) else {
        log.error(yearText.isEmpty ? .emptyYear : .notAFourDigitYear(yearText), at: record.location(at: fields.year))
        return
      }
      if city.isEmpty { log.error(.emptyCityName, at: record.location(at: fields.city)) }
      if indicator.isEmpty { log.error(.emptyIndicator, at: record.location(at: fields.indicator)) }
      guard !city.isEmpty, !indicator.isEmpty else { return }
      let text = record.string(at: fields.value)
      switch NumberParsing.cell(text, decimalComma: record.dialect.allowsDecimalComma) {
      case .number(let value):
        let key = "\(city)|\(year)|\(indicator)"
        if let first = seen[key] {
          log.error(.duplicatePublished(city: city, year: year, indicator: indicator, line: first), at: record.location(at: fields.value))
          return
        }
        seen[key] = record.line
        func text(_ field: Int?) -> String { field.flatMap { $0 < record.count ? record.string(at: $0) : nil } ?? "" }
        entries.append(
          .init(city: city, year: year, indicator: indicator, value: value, source: text(sourceField), status: text(statusField)))
      case .missing:
        return
      case .notFinite, .invalid:
        log.error(.valueNotANumber(text), at: record.location(at: fields.value))
      case .ambiguous(let point, let thousands):
        log.error(
          .ambiguousNumber(text: text, point: point, thousands: thousands, context: .published), at: record.location(at: fields.value))
      }
    }
    log.append(contentsOf: problems)
    guard dialect != nil else { throw InputErrors(log.diagnostics) }
    if !log.hasErrors && entries.isEmpty { log.error(.noPublishedValues, at: SourceLocation(file: path)) }
    try log.throwIfErrors()
    return Loaded(PublishedValues(file: path, entries: entries), warnings: log.warnings)
  }
}

/// Published figures about cities: one value per city, year and indicator.
public struct PublishedValues: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var city: String
    public var year: Int
    public var indicator: String
    public var value: Double
    /// Where it was published (a URL or a citation); empty when the file does not say.
    public var source: String = ""
    /// `reported`, or how the figure was derived (`derived: 2020 rank 8 after +23 places`,
    /// `score reported; rank derived (…)`); empty when the file does not say.
    public var status: String = ""

    public init(city: String, year: Int, indicator: String, value: Double, source: String = "", status: String = "") {
      self.city = city
      self.year = year
      self.indicator = indicator
      self.value = value
      self.source = source
      self.status = status
    }

    /// Whether the figure is not as published but worked out from published ones: its status
    /// starts with `derived`, or says `rank derived` of a rank (`score derived`/`total derived` of
    /// a total).
    public var isDerived: Bool {
      let text = status.lowercased()
      if text.hasPrefix("derived") { return true }
      switch indicator {
      case "rank": return text.contains("rank derived")
      case "total": return text.contains("score derived") || text.contains("total derived")
      default: return text.contains("\(indicator) derived")
      }
    }
  }

  public var file: String
  public var entries: [Entry]

  public init(file: String, entries: [Entry]) {
    self.file = file
    self.entries = entries
  }

  /// Years with a value of `indicator` (any indicator when `nil`), ascending.
  public func years(of indicator: String? = nil) -> [Int] {
    Set(entries.filter { indicator == nil || $0.indicator == indicator }.map(\.year)).sorted()
  }

  /// The indicators, in order of first appearance.
  public var indicators: [String] {
    var seen: Set<String> = []
    return entries.map(\.indicator).filter { seen.insert($0).inserted }
  }

  public func value(city: String, year: Int, indicator: String) -> Double? {
    entry(city: city, year: year, indicator: indicator)?.value
  }

  /// The entry of `city` (as the file spells it) for one indicator and year: its value, status and source.
  public func entry(city: String, year: Int, indicator: String) -> Entry? {
    entries.last { $0.city == city && $0.year == year && $0.indicator == indicator }
  }

  /// `city → value` of one indicator in one year.
  public func values(of indicator: String, in year: Int) -> [String: Double] {
    var result: [String: Double] = [:]
    for entry in entries where entry.year == year && entry.indicator == indicator { result[entry.city] = entry.value }
    return result
  }
}
