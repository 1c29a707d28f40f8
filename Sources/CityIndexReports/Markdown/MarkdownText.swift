/// Escaping for GitHub-flavoured Markdown: every string that comes from data goes through here.
public enum MarkdownText {
  /// Text safe inside a paragraph or a table cell: Markdown syntax characters are
  /// backslash-escaped, `<` `>` `&` become entities (GitHub renders raw HTML otherwise), `|`
  /// cannot split a cell, and line breaks become spaces.
  ///
  ///     MarkdownText.escape("A | B <script>")   // "A \\| B &lt;script&gt;"
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\n", "\r", "\r\n": result += " "
      case "\\", "`", "*", "_", "[", "]", "|", "~":
        result += "\\" + String(character)
      default: result.append(character)
      }
    }
    return result
  }
}
