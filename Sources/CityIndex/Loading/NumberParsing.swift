import Foundation

/// What a data cell holds.
enum CellValue: Equatable, Sendable {
  case number(Double)
  /// Empty, `NA`, `n/a`, `-` or `.`: no value, which is not zero.
  case missing
  /// `inf`, `nan` and friends, or a number too large for a `Double`.
  case notFinite
  case invalid
  /// `1.020` in a file that may use decimal commas: 1.02 with a decimal point, 1020 with a
  /// German thousands point. Only the file's other values (or `--decimal`) can tell.
  case ambiguous(point: Double, thousands: Double)
}

/// How a file writes decimals, where a value alone cannot tell (`1.020`).
public enum DecimalConvention: String, CaseIterable, Sendable {
  /// `1.020` is one point zero two.
  case point
  /// `1.020` is one thousand and twenty (`1.005,25` = 1005.25), as German spreadsheets write.
  case comma
}

/// What a number's writing says about its file's convention.
enum NumberStyle: UInt8, Sendable {
  /// Nothing: digits alone, or a value that could be read either way.
  case plain = 0
  /// A decimal comma, or points grouping thousands (`87,9`, `1.005,25`, `1.234.567`).
  case comma = 1
  /// A decimal point that cannot be a thousands point (`87.9`, `0.125`, `1234.5`).
  case point = 2
}

/// Parses numbers straight from field bytes, without making a `String`.
///
///     NumberParsing.cell("87,9", decimalComma: true)   // .number(87.9)
///     NumberParsing.cell("n/a", decimalComma: true)    // .missing
///
/// Accepted: an optional sign, digits with one decimal point (or a decimal comma where the
/// dialect allows it), an optional exponent; no units, no percent signs. Where decimal commas
/// are allowed (`;` and tab files), points may group thousands as German spreadsheets write
/// them (`1.005,25`, `1.234.567`), and a lone `1.020` is ``CellValue/ambiguous(point:thousands:)``;
/// in a `,` file it is one point zero two. The digits go to `strtod`, which rounds correctly, so
/// `0.1` is the same `Double` Swift would make.
enum NumberParsing {
  /// A year written as four ASCII digits (1000–9999), or `nil` for anything else (which the
  /// slow path then reads and, if need be, reports).
  static func plainYear(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard bytes.count == 4 else { return nil }
    var year = 0
    for byte in bytes {
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      year = year * 10 + Int(byte - 0x30)
    }
    return year >= 1000 ? year : nil
  }

  static func cell(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> CellValue {
    parse(bytes, decimalComma: decimalComma).value
  }

  /// The value of a cell and what its writing says about the file's decimal convention.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> (value: CellValue, style: NumberStyle) {
    if bytes.isEmpty || isMissingMarker(bytes) { return (.missing, .plain) }
    guard decimalComma else { return (plainCell(bytes, decimalComma: false), .plain) }
    var points = 0
    var commas = 0
    for byte in bytes {
      if byte == UInt8(ascii: ".") { points += 1 } else if byte == UInt8(ascii: ",") { commas += 1 }
    }
    switch (points, commas) {
    case (0, 0):
      return (plainCell(bytes, decimalComma: true), .plain)
    case (0, 1):
      return (plainCell(bytes, decimalComma: true), .comma)
    case (1, 0):
      let value = plainCell(bytes, decimalComma: true)
      guard let groups = thousandsGroups(bytes), groups.fraction == nil, case .number(let point) = value else {
        return (value, .point)
      }
      return (.ambiguous(point: point, thousands: groups.value), .plain)
    default:
      // Points grouping thousands, optionally with a decimal comma: 1.234.567, 1.005,25.
      guard let groups = thousandsGroups(bytes) else { return (.invalid, .plain) }
      return (.number(groups.value), .comma)
    }
  }

  /// `[+-]? d{1,3} (. d{3})+ (, d+)?` with a first digit of 1–9, read with points grouping
  /// thousands; `nil` for anything else. `fraction` is the digits after the comma, if any.
  private static func thousandsGroups(_ bytes: UnsafeBufferPointer<UInt8>) -> (value: Double, fraction: Int?)? {
    var i = 0
    let n = bytes.count
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    var text: [UInt8] = []
    if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
      text.append(bytes[0])
      i = 1
    }
    let lead = i
    while i < n, isDigit(bytes[i]) {
      text.append(bytes[i])
      i += 1
    }
    guard (1...3).contains(i - lead), bytes[lead] != UInt8(ascii: "0") else { return nil }
    var groups = 0
    while i < n, bytes[i] == UInt8(ascii: ".") {
      for k in 1...3 {
        guard i + k < n, isDigit(bytes[i + k]) else { return nil }
        text.append(bytes[i + k])
      }
      i += 4
      groups += 1
    }
    guard groups > 0 else { return nil }
    var fraction: Int?
    if i < n, bytes[i] == UInt8(ascii: ",") {
      text.append(UInt8(ascii: "."))
      i += 1
      let start = i
      while i < n, isDigit(bytes[i]) {
        text.append(bytes[i])
        i += 1
      }
      guard i > start else { return nil }
      fraction = i - start
    }
    guard i == n else { return nil }
    let value = text.withUnsafeBufferPointer { plainCell($0, decimalComma: false) }
    guard case .number(let number) = value else { return nil }
    return (number, fraction)
  }

  /// One decimal separator at most (a point, or a comma where allowed) and an exponent.
  private static func plainCell(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> CellValue {
    if let value = fastDecimal(bytes, decimalComma: decimalComma) { return .number(value) }
    guard bytes.count < 64, isDecimal(bytes, decimalComma: decimalComma) else {
      return isNonFiniteWord(bytes) ? .notFinite : .invalid
    }
    // Copy into a NUL-terminated buffer with the decimal comma made a point.
    var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    let value = withUnsafeMutableBytes(of: &buffer) { raw -> Double in
      for (i, byte) in bytes.enumerated() { raw[i] = byte == UInt8(ascii: ",") ? UInt8(ascii: ".") : byte }
      raw[bytes.count] = 0
      guard let base = raw.baseAddress else { return .nan }
      return strtod(base.assumingMemoryBound(to: CChar.self), nil)
    }
    return value.isFinite ? .number(value) : .notFinite
  }

  private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

  /// `[+-]? digits [.,] digits` with at most 15 significant digits and no exponent, computed
  /// exactly: an integer of ≤ 15 digits is exact in a `Double`, and dividing it by an exact
  /// power of ten rounds once, correctly (Clinger's fast path) — the same `Double` strtod gives.
  /// `nil` hands anything else to the full parser.
  private static func fastDecimal(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> Double? {
    var i = 0
    let n = bytes.count
    guard n > 0, n <= 17 else { return nil }
    var negative = false
    if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
      negative = bytes[0] == UInt8(ascii: "-")
      i = 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var fraction = 0
    var seenPoint = false
    while i < n {
      let byte = bytes[i]
      if byte >= 0x30 && byte <= 0x39 {
        mantissa = mantissa * 10 + UInt64(byte - 0x30)
        digits += 1
        if seenPoint { fraction += 1 }
      } else if !seenPoint && (byte == UInt8(ascii: ".") || (decimalComma && byte == UInt8(ascii: ","))) {
        seenPoint = true
      } else {
        return nil
      }
      i += 1
    }
    guard digits > 0, digits <= 15, !(seenPoint && fraction == 0 && digits == 0) else { return nil }
    let value = Double(mantissa) / powersOfTen[fraction]
    return negative ? -value : value
  }

  /// Convenience for text that is already a `String` (definitions, options, tests).
  static func cell(_ text: String, decimalComma: Bool) -> CellValue {
    var text = text
    return text.withUTF8 { utf8 in
      var lower = 0
      var upper = utf8.count
      while lower < upper, utf8[lower] == 0x20 || utf8[lower] == 0x09 { lower += 1 }
      while upper > lower, utf8[upper - 1] == 0x20 || utf8[upper - 1] == 0x09 { upper -= 1 }
      return cell(UnsafeBufferPointer(rebasing: utf8[lower..<upper]), decimalComma: decimalComma)
    }
  }

  /// `[+-]? (d+ ([.,] d*)? | [.,] d+) ([eE] [+-]? d+)?`
  private static func isDecimal(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> Bool {
    var i = 0
    let n = bytes.count
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
    var digits = 0
    while i < n, isDigit(bytes[i]) { i += 1; digits += 1 }
    if i < n, bytes[i] == UInt8(ascii: ".") || (decimalComma && bytes[i] == UInt8(ascii: ",")) {
      i += 1
      while i < n, isDigit(bytes[i]) { i += 1; digits += 1 }
    }
    guard digits > 0 else { return false }
    if i < n, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < n, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      var exponentDigits = 0
      while i < n, isDigit(bytes[i]) { i += 1; exponentDigits += 1 }
      guard exponentDigits > 0 else { return false }
    }
    return i == n
  }

  private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
  }

  static let missingMarkers: [[UInt8]] = ["na", "n/a", "-", "."].map { Array($0.utf8) }

  private static func isMissingMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.count <= 3 && missingMarkers.contains(lowercased(bytes))
  }

  private static let nonFiniteWords: Set<[UInt8]> = Set(
    ["inf", "infinity", "nan", "+inf", "-inf", "+infinity", "-infinity", "+nan", "-nan"].map { Array($0.utf8) })

  private static func isNonFiniteWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.count <= 9 && nonFiniteWords.contains(lowercased(bytes))
  }
}
