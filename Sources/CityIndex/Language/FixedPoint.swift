/// Fixed-point text for numbers in reports and charts, built with integer arithmetic:
/// `String(format:)` went through Foundation's formatter and was a quarter of `sci report`'s time.
public enum FixedPoint {
  /// `value` rounded half away from zero to `decimals` places, with `point` as the decimal
  /// separator and `minus` as the sign; never a negative zero. Falls back to `description`
  /// beyond 1e15.
  ///
  ///     FixedPoint.format(84.46, decimals: 1)                  // "84.5"
  ///     FixedPoint.format(-0.5, decimals: 1, point: ",", minus: "−")  // "−0,5"
  public static func format(_ value: Double, decimals: Int, point: String = ".", minus: String = "-") -> String {
    guard value.isFinite, abs(value) < 1e15 else { return value.description }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e15 else { return value.description }
    let units = Int64(scaled)
    let divisor = Int64(scale)
    let whole = units / divisor
    var text = String(whole)
    if decimals > 0 {
      let fraction = String(units % divisor)
      text += point + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
    return value < 0 && units != 0 ? minus + text : text
  }

  /// At most `decimals` places, trailing zeros dropped: `12`, `12.5`, `12.25`.
  public static func trimmed(_ value: Double, decimals: Int) -> String {
    var text = format(value, decimals: decimals)
    guard text.contains(".") else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
