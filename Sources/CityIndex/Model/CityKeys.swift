/// The official keys of the cities in a cities file (its `ags` column), so that data exported
/// from official statistics — keyed by region codes, not names — finds its cities:
///
/// - the 8-digit Amtlicher Gemeindeschlüssel (AGS), `05315000` for Köln;
/// - the 12-digit Amtlicher Regionalschlüssel (ARS), whose first 5 and last 3 digits are the
///   AGS: `053150000000`;
/// - for a kreisfreie Stadt (`kreisfrei` 1 in the cities file) the 5-digit Kreis key, `05315`.
///
/// Keys are text: a key that lost its leading zero in a spreadsheet is an error that says so.
///
///     let keys = CityKeys(table)
///     keys?.resolve("053150000000")   // .success("Köln")
public struct CityKeys: Sendable {
  private var cityByAGS: [String: String] = [:]
  /// The cities that are no kreisfreie Stadt, in file order: a Kreis-level table has no
  /// values of their own (Aachen lies in the Städteregion, Hannover in the Region).
  public private(set) var notKreisfrei: [String] = []
  /// Kreis key → the kreisfreie Stadt that is the whole Kreis.
  private var cityByKreis: [String: String] = [:]

  /// `nil` when the table has no `ags` column.
  public init?(_ table: CityTable) {
    guard table.hasColumn("ags") else { return nil }
    for city in table.cities {
      guard let ags = table.text("ags", of: city), ags.utf8.count == 8 else { continue }
      cityByAGS[ags] = city
      let kreisfrei = table.text("kreisfrei", of: city).map { ["1", "true", "yes", "ja", "x"].contains($0.lowercased()) } ?? false
      if kreisfrei && ags.hasSuffix("000") {
        cityByKreis[String(ags.prefix(5))] = city
      } else {
        notKreisfrei.append(city)
      }
    }
  }

  /// The city a key names, or why it names none (``Problem/KeyProblem``: it says what to write
  /// instead when it can tell).
  public func resolve(_ key: String) -> Result<String, Problem.KeyProblem> {
    let digits = key.utf8.allSatisfy { (48...57).contains($0) }
    guard digits, !key.isEmpty else { return .failure(.notAKey(key)) }
    switch key.utf8.count {
    case 8:
      if let city = cityByAGS[key] { return .success(city) }
      return .failure(.agsNotACity(key, nearest: nearest(kreis: String(key.prefix(5)))))
    case 12:
      let ags = String(key.prefix(5)) + String(key.suffix(3))
      if let city = cityByAGS[ags] { return .success(city) }
      return .failure(.arsNotACity(key, ags: ags, nearest: nearest(kreis: String(key.prefix(5)))))
    case 5:
      if let city = cityByKreis[key] { return .success(city) }
      return .failure(.kreisNotACity(key, nearest: nearest(kreis: key)))
    case 7, 11, 4:
      return .failure(.droppedZero(key))
    default:
      return .failure(.wrongLength(key))
    }
  }

  /// The first city of the file (by AGS) in the Kreis, e.g. Aachen, AGS 05334002.
  private func nearest(kreis: String) -> (city: String, ags: String)? {
    let inKreis = cityByAGS.filter { $0.key.hasPrefix(kreis) }.sorted { $0.key < $1.key }
    return inKreis.first.map { (city: $0.value, ags: $0.key) }
  }

  /// Whether a name given beside a key is the key's city: equal up to case, umlauts written out
  /// and accents (`Koeln`, `KÖLN` and `Köln` agree).
  public static func agrees(_ name: String, with city: String) -> Bool {
    name == city || !CityMatching.keys(name).isDisjoint(with: CityMatching.keys(city))
  }
}
