import CityIndex

/// Writes a ``Dataset`` as a wide CSV file: `city,year,<indicator ids…>[,source]`.
public enum DatasetCSV {
  /// One row per city and year (years ascending, cities in dataset order), missing values
  /// empty, whole numbers without a decimal point, others in shortest round-trip form.
  ///
  /// - Parameter source: written into a trailing `source` column of every row when given
  ///   (the loader reads past it), so that a copied row still says where it came from.
  public static func wide(_ dataset: Dataset, source: String? = nil) -> String {
    var header = ["city", "year"] + dataset.indicators
    if source != nil { header.append("source") }
    var lines = [header.map(CSVText.field).joined(separator: ",")]
    for year in dataset.years {
      guard let values = dataset.values(for: year) else { continue }
      for city in dataset.participants(in: year) {
        var fields = [CSVText.field(dataset.cities[city]), String(year)]
        fields += values.row(city).map(plain)
        if let source { fields.append(CSVText.field(source)) }
        lines.append(fields.joined(separator: ","))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `3.0` → `3`, `12.5` → `12.5`, missing → empty.
  static func plain(_ value: Double) -> String {
    if value.isNaN { return "" }
    if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
    return value.description
  }
}
