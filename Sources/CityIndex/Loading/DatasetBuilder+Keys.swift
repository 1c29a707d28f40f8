/// Cities named by official keys (`ags`/`ars` columns; ``CityKeys``).
extension DatasetBuilder {
  /// The row of the city an official key names (the name beside it, when the file has one,
  /// must be that city's); an unknown key is counted and reported once.
  mutating func keyedCityRow(_ record: CSVRecord, field: Int, keys: CityKeys, log: inout DiagnosticLog) -> Int? {
    var row = record.withBytes(at: field) { keyRows.value(for: $0) }
    if let known = row, known < 0 {
      unknownKeys[-known - 1].rows += 1
      return nil
    }
    if row == nil {
      let key = record.string(at: field)
      if key.isEmpty {
        log.error(.emptyKey, at: record.location(at: field))
        return nil
      }
      switch keys.resolve(key) {
      case .success(let city):
        var name = city
        let found = name.withUTF8 { bytes in
          if let known = cityRows.value(for: bytes) { return known }
          let added = dataset.addCity(city, at: record.location(at: field))
          cityRows.insert(bytes, value: added)
          return added
        }
        record.withBytes(at: field) { keyRows.insert($0, value: found) }
        row = found
      case .failure(let problem):
        unknownKeys.append((key, 1, record.location(at: field), problem))
        record.withBytes(at: field) { keyRows.insert($0, value: -unknownKeys.count) }
        return nil
      }
    }
    guard let row else { return nil }
    if let nameField, nameField < record.count {
      let name = record.string(at: nameField)
      let city = dataset.cities[row]
      if !name.isEmpty && !CityKeys.agrees(name, with: city) && disagreements.insert(name + "\u{0}" + city).inserted {
        log.error(.nameDisagreesWithKey(name: name, key: record.string(at: field), city: city), at: record.location(at: nameField))
      }
    }
    return row
  }

  /// Each key that names no city of the cities file, once, with its row count.
  mutating func reportUnknownKeys() {
    for unknown in unknownKeys {
      log.error(.key(unknown.problem, rows: unknown.rows), at: unknown.first)
    }
  }
}
