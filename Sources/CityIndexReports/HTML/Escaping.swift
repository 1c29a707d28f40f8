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

  /// JSON made safe inside `<script type="application/json">`: `<`, `>` and `&` as `\u003c`,
  /// `\u003e`, `\u0026` (no `</script>` or `<!--` can end or bend the element), and U+2028 /
  /// U+2029 as escapes (old script parsers end a line there). `JSON.parse` reads it back unchanged.
  ///
  ///     Escaping.scriptJSON("{\"city\":\"</script>\"}")   // {"city":"\u003c/script\u003e"}
  public static func scriptJSON(_ json: String) -> String {
    var result = ""
    result.reserveCapacity(json.utf8.count)
    for scalar in json.unicodeScalars {
      switch scalar {
      case "<": result += "\\u003c"
      case ">": result += "\\u003e"
      case "&": result += "\\u0026"
      case "\u{2028}": result += "\\u2028"
      case "\u{2029}": result += "\\u2029"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
