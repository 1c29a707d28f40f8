/// The header of a CSV file: its column names as written and where each is.
struct CSVHeader {
  var names: [String]
  var file: String
  var line: Int
  private var positions: [String: Int] = [:]

  init(names: [String], file: String, line: Int) {
    self.names = names
    self.file = file
    self.line = line
    for (i, name) in names.enumerated() where positions[name.lowercased()] == nil {
      positions[name.lowercased()] = i
    }
    // German headers, as German spreadsheets write them, stand for the English names.
    for (german, english) in Self.germanNames where positions[english] == nil {
      if let position = positions[german] { positions[english] = position }
    }
  }

  /// German column names, as German desks write them, and the names they stand for — data
  /// files', cities files' and definitions' (the first German name of each is the one messages
  /// suggest).
  static let germanNames: [(german: String, english: String)] = [
    ("stadt", "city"), ("jahr", "year"), ("indikator", "indicator"), ("wert", "value"), ("quelle", "source"),
    ("anmerkung", "note"), ("kennzeichen", "flag"), ("bezeichnung", "name"), ("oberknoten", "parent"),
    ("eltern", "parent"), ("elternknoten", "parent"), ("gewicht", "weight"), ("richtung", "direction"),
    ("einheit", "unit"), ("nenner", "denominator"), ("faktor", "scale"), ("skala", "scale"),
    ("beschreibung", "description"), ("zielwert", "target"), ("ziel", "target"), ("lizenz", "licence"),
    ("namensnennung", "attribution"), ("normierung", "normalization"), ("höchstalter", "max_age"),
    ("gültig_min", "valid_min"), ("gültig_max", "valid_max"), ("aliase", "aliases"), ("bundesland", "state"),
    ("einwohner", "population"),
  ]

  /// `Stadt` for `city`: the German name a message suggests beside a column's, if any.
  static func germanName(of name: String) -> String? {
    germanNames.first(where: { $0.english == name }).map { $0.german.prefix(1).uppercased() + $0.german.dropFirst() }
  }

  /// The position of a column, matched case-insensitively (German names too: `Stadt` is `city`).
  func index(of name: String) -> Int? { positions[name.lowercased()] }

  func location(of column: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column + 1)
  }

  var location: SourceLocation { SourceLocation(file: file, line: line) }
}

/// Reads a CSV file whose first non-blank record is a header, checking what every loader
/// checks: the file opens and parses, the header has no empty or repeated names, and every
/// record has as many fields as the header (extra fields that are all empty are allowed:
/// spreadsheets pad rows with `;;`).
enum CSVTable {
  /// Calls `header` once (return false to stop; keep what the body needs of it) and `body`
  /// for every well-formed record after it; returns what the file itself got wrong, and its dialect — `nil` when the file could
  /// not be read at all.
  static func read(
    path: String, decoderSlot: DecoderSlot? = nil, chunking: (from: Int, size: Int)? = nil,
    header onHeader: (CSVHeader) -> Bool = { _ in true },
    body: (CSVRecord) -> Void, decoded: (DecodedChunk, Int, Int) -> Void = { _, _, _ in }
  ) -> (dialect: CSVDialect?, diagnostics: [Diagnostic]) {
    // Only the header's width is needed per record (a copied header would cost reference
    // counting on every row).
    var width = -1
    var accepted = true
    var problems: [Diagnostic] = []
    var reader = CSVReader(path: path)
    reader.decoderSlot = decoderSlot
    if let chunking {
      reader.chunkedFrom = chunking.from
      reader.chunkSize = chunking.size
    }
    let report = reader.forEachRecord({ record in
      guard accepted else { return }
      guard width >= 0 else {
        var names = record.strings
        while names.last?.isEmpty == true { names.removeLast() }  // padding: `a;b;c;;`
        let found = CSVHeader(names: names, file: record.file, line: record.line)
        problems += headerProblems(found)
        width = names.count
        accepted = problems.isEmpty && onHeader(found)
        return
      }
      if record.count != width {
        let extraIsEmpty = record.count > width && (width..<record.count).allSatisfy { record.isEmpty(at: $0) }
        if !extraIsEmpty {
          // The cell at fault: the first filled one past the header's width, or where the row ends.
          let column =
            record.count > width ? ((width..<record.count).first { !record.isEmpty(at: $0) } ?? width) : max(0, record.count - 1)
          problems.append(
            .error(.fieldCount(fields: record.count, header: width), at: record.location(at: column)))
          return
        }
      }
      body(record)
    }, decoded: decoded)
    let diagnostics = problems + report.diagnostics
    if report.diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
    if report.recordCount == 0 {
      return (nil, diagnostics + [.error(.emptyFile, at: SourceLocation(file: path))])
    }
    return (report.dialect, diagnostics)
  }

  private static func headerProblems(_ header: CSVHeader) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    var seen: [String: Int] = [:]
    for (i, name) in header.names.enumerated() {
      if name.isEmpty {
        problems.append(.error(.emptyColumnName, at: header.location(of: i)))
      } else if let first = seen[name.lowercased()] {
        problems.append(
          .error(.columnTwice(name, firstColumn: first + 1), at: header.location(of: i)))
      } else {
        seen[name.lowercased()] = i
      }
    }
    return problems
  }
}
