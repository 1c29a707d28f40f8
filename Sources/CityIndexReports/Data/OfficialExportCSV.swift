import CityIndex

/// What `sci import` writes: official exports as the engine's long data format.
public enum OfficialExportCSV {
  /// `city,year,indicator,value,flag,source`, sorted by indicator, year and city; whole
  /// numbers without a decimal point, others in shortest round-trip form.
  public static func long(_ values: [OfficialExport.Value]) -> String {
    let sorted = values.sorted { ($0.indicator, $0.year, $0.city) < ($1.indicator, $1.year, $1.city) }
    var lines = ["city,year,indicator,value,flag,source"]
    lines.reserveCapacity(sorted.count + 1)
    for value in sorted {
      lines.append(
        [
          CSVText.field(value.city), String(value.year), CSVText.field(value.indicator), DatasetCSV.plain(value.value),
          CSVText.field(value.flag ?? ""), CSVText.field(value.source),
        ].joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `sci import --list`: each indicator of the exports with its code, label, unit, how many
  /// cities and which years it has, and how many of its values were missing.
  public static func variables(_ exports: [OfficialExport]) -> OutputTable {
    var table = OutputTable(
      title: "Variables",
      columns: [
        .init("file"), .init("indicator"), .init("code"), .init("label"), .init("unit"), .init("cities", .integer),
        .init("years"), .init("missing", .integer),
      ])
    for export in exports {
      for variable in export.variables {
        let years = variable.years.sorted()
        let span = years.count > 1 ? "\(years.first!)–\(years.last!) (\(years.count))" : years.first.map(String.init) ?? ""
        table.rows.append([
          .text(export.file), .text(variable.indicator), .text(variable.code), .text(variable.label), .text(variable.unit),
          .integer(variable.cities.count), .text(span), .integer(variable.missing),
        ])
      }
    }
    return table
  }

  /// `x.csv: 12 values of 2 indicators for 4 cities, 2021–2022 (regions: KREISE); skipped 6 rows
  /// of 2 regions not in the cities file; missing: 1 '.'`.
  public static func summary(_ export: OfficialExport) -> String {
    let cities = Set(export.values.map(\.city)).count
    let years = Set(export.values.map(\.year)).sorted()
    let indicators = Set(export.values.map(\.indicator)).count
    var text = "\(export.file): \(export.values.count) value\(export.values.count == 1 ? "" : "s") of \(indicators) indicator\(indicators == 1 ? "" : "s") for \(cities) cit\(cities == 1 ? "y" : "ies")"
    if let first = years.first, let last = years.last { text += first == last ? ", \(first)" : ", \(first)–\(last)" }
    if let region = export.regionVariable { text += " (regions: \(region))" }
    if export.skippedRows > 0 {
      text += "; skipped \(export.skippedRows) row\(export.skippedRows == 1 ? "" : "s") of \(export.skippedRegions) region\(export.skippedRegions == 1 ? "" : "s") not in the cities file"
    }
    if !export.notKreisfrei.isEmpty {
      let named = export.notKreisfrei.prefix(5).joined(separator: ", ")
      let more = export.notKreisfrei.count > 5 ? " and \(export.notKreisfrei.count - 5) more" : ""
      text += "; no values for \(export.notKreisfrei.count) cities that are no kreisfreie Stadt (\(named)\(more)): a Gemeinde-level table has them"
    }
    if !export.missing.isEmpty {
      text += "; missing: " + export.missing.sorted { $0.key < $1.key }.map { "\($0.value) '\($0.key)'" }.joined(separator: ", ")
    }
    return text
  }
}
