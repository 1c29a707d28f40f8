import Foundation

/// The names a city is known by, so that one city has one name in every output: the cities
/// file's official name, and the spellings people type — any case, spaces and hyphens aside,
/// umlauts written out (`Muenchen`, `MUENCHEN`, `muenchen`) — and the file's own alternative
/// names in an `aliases` column (`Frankfurt (Main); Frankfurt a. M.; Frankfurt`).
///
///     let names = CityNames(table)
///     names.official(for: "Muenchen")           // "München"
///     names.official(for: "Frankfurt a. M.")    // "Frankfurt am Main", when an alias says so
///
/// A spelling that folds to two cities' names names neither (only the exact name does).
public struct CityNames: Sendable {
  /// Folded spelling → official name; `nil` for a spelling two cities share.
  private var officialByKey: [String: String?] = [:]
  /// The official names, exactly as written.
  private var official: Set<String> = []

  /// The separators between aliases in one cell.
  static let aliasSeparators: Set<Character> = [";", "|"]

  /// The names and the `aliases` column of a cities file.
  public init(_ table: CityTable) {
    var aliases: [String: [String]] = [:]
    if table.hasColumn("aliases") {
      for city in table.cities {
        aliases[city] = (table.text("aliases", of: city) ?? "").split(whereSeparator: { Self.aliasSeparators.contains($0) })
          .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      }
    }
    self.init(names: table.cities, aliases: aliases)
  }

  public init(names: [String], aliases: [String: [String]] = [:]) {
    official = Set(names)
    for name in names {
      for spelling in [name] + (aliases[name] ?? []) {
        let key = Self.fold(spelling)
        guard !key.isEmpty else { continue }
        if let existing = officialByKey[key], existing != name {
          officialByKey[key] = .some(nil)  // two cities: neither
        } else {
          officialByKey[key] = name
        }
      }
    }
  }

  /// The official name `name` means, or `nil` when it names no city (or two).
  public func official(for name: String) -> String? {
    if official.contains(name) { return name }
    return officialByKey[Self.fold(name)] ?? nil
  }

  /// `Muenchen`, `münchen`, `MÜNCHEN` and `Mün-chen` → `muenchen`; `Frankfurt a. M.` →
  /// `frankfurtam`: lower case, `ä ö ü ß` written out, other accents dropped, and everything but
  /// letters and digits left out.
  public static func fold(_ name: String) -> String {
    // Most names are ASCII: letters and digits lowered byte by byte, no Foundation.
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(name.utf8.count)
      for byte in name.utf8 {
        switch byte {
        case 0x30...0x39, 0x61...0x7A: bytes.append(byte)
        case 0x41...0x5A: bytes.append(byte + 0x20)
        default: continue
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    var text = name.lowercased()
    for (from, to) in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")] {
      text = text.replacingOccurrences(of: from, with: to)
    }
    text = text.folding(options: [.diacriticInsensitive], locale: nil)
    return String(text.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
  }
}
