/// The one place where text from data becomes safe markup. Every string that reaches HTML or
/// SVG — text, attribute values, chart labels — goes through here (``Node`` does it for you).
public enum Escaping {
  /// Escapes `&` `<` `>` `"` `'`, always: `&amp;` in data stays `&amp;amp;`, unlike Plot
  /// 0.14's text escaping, which leaves entity-looking text alone.
  ///
  ///     Escaping.html("\"><script>")   // "&quot;&gt;&lt;script&gt;"
  public static func html(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": result += "\u{FFFD}"  // not allowed in HTML
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
