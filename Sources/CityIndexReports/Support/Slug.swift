import Foundation

/// File names for city pages: lower-case ASCII letters, digits and hyphens only, so that no
/// name from data can leave the output folder or clash with another.
public enum Slug {
  /// `München` → `muenchen`, `Frankfurt am Main` → `frankfurt-am-main`, `../etc` → `etc`.
  public static func make(_ name: String) -> String {
    var text = name.lowercased()
    for (from, to) in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")] {
      text = text.replacingOccurrences(of: from, with: to)
    }
    // Strip other accents (é → e), then keep [a-z0-9], everything else becomes one hyphen.
    text = text.applyingTransform(.stripDiacritics, reverse: false) ?? text
    var slug = ""
    for scalar in text.unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && slug.last != "-" {
        slug += "-"
      }
    }
    while slug.last == "-" { slug.removeLast() }
    return slug.isEmpty ? "city" : String(slug.prefix(80))
  }

  /// Slugs for every name, made unique by `-2`, `-3` … in the order given.
  public static func unique(_ names: [String]) -> [String] {
    var used: Set<String> = []
    return names.map { name in
      let base = make(name)
      var candidate = base
      var n = 2
      while used.contains(candidate) {
        candidate = "\(base)-\(n)"
        n += 1
      }
      used.insert(candidate)
      return candidate
    }
  }
}
