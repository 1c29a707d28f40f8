import Testing

@testable import CityIndex

@Suite struct NumberParsingTests {
  @Test(arguments: [
    ("42", true, CellValue.number(42)),
    ("-0.5", false, .number(-0.5)),
    ("+3", false, .number(3)),
    (".5", false, .number(0.5)),
    ("1e3", false, .number(1000)),
    ("2.5E-2", false, .number(0.025)),
    ("87,9", true, .number(87.9)),  // decimal comma in a ;-separated file
    ("87,9", false, .invalid),  // but not in a ,-separated one
    ("0.1", false, .number(0.1)),  // strtod rounds as Swift does
    (" 7 ", false, .number(7)),
    ("", false, .missing),
    ("NA", false, .missing),
    ("na", false, .missing),
    ("n/a", false, .missing),
    ("N/A", false, .missing),
    ("-", false, .missing),
    (".", false, .missing),
    ("inf", false, .notFinite),
    ("-Infinity", false, .notFinite),
    ("NaN", false, .notFinite),
    ("1e999", false, .notFinite),
    ("1.234,5", true, .number(1234.5)),  // German: a thousands point before a decimal comma
    ("1.234,5", false, .invalid),  // never in a ,-file
    ("12%", false, .invalid),
    ("0x10", false, .invalid),
    ("1e", false, .invalid),
    ("abc", false, .invalid),
    ("--1", false, .invalid),
  ])
  func parsesCells(text: String, decimalComma: Bool, expected: CellValue) {
    #expect(NumberParsing.cell(text, decimalComma: decimalComma) == expected)
  }
}

extension NumberParsingTests {
  /// The fast path for plain decimals must give exactly the `Double` strtod gives.
  @Test func plainDecimalsMatchStrtodBitForBit() {
    var random = SplitMix64(seed: 99)
    for _ in 0..<20_000 {
      let digits = 1 + Int(random.next() % 15)
      var text = String(random.next() % 2 == 0 ? "" : "-")
      for i in 0..<digits { text.append(Character(String(random.next() % 10))); if i == Int(random.next() % UInt64(digits)) && !text.contains(".") { text.append(".") } }
      guard case .number(let value) = NumberParsing.cell(text, decimalComma: false) else {
        Issue.record("\(text) did not parse")
        continue
      }
      #expect(value.bitPattern == Double(text)?.bitPattern, "\(text)")
    }
  }
}

/// German numbers: points may group thousands where decimal commas are allowed, and a lone
/// `1.020` can be read either way (issue 17: it used to be 1.02, silently).
extension NumberParsingTests {
  @Test(arguments: [
    ("1.020", CellValue.ambiguous(point: 1.02, thousands: 1020), NumberStyle.plain),
    ("-12.345", .ambiguous(point: -12.345, thousands: -12345), .plain),
    ("1.005,25", .number(1005.25), .comma),
    ("12.345,6", .number(12345.6), .comma),
    ("1.234.567", .number(1_234_567), .comma),  // several groups: only thousands
    ("87,9", .number(87.9), .comma),
    ("87.9", .number(87.9), .point),  // one digit after the point: a decimal point
    ("1.0200", .number(1.02), .point),
    ("1234.567", .number(1234.567), .point),  // four digits before: not a group
    ("0.125", .number(0.125), .point),  // a leading 0 groups nothing
    ("1.020e3", .number(1020), .point),
    ("1020", .number(1020), .plain),
    ("1.02.3", .invalid, .plain),
    ("1.234,", .invalid, .plain),
    ("1,234,5", .invalid, .plain),
  ])
  func readsGermanNumbers(text: String, expected: CellValue, style: NumberStyle) {
    var text = text
    let parsed = text.withUTF8 { NumberParsing.parse($0, decimalComma: true) }
    #expect(parsed.value == expected, "\(text)")
    #expect(parsed.style == style, "\(text)")
  }

  @Test func aCommaFileReadsAPointAsDecimal() {
    #expect(NumberParsing.cell("1.020", decimalComma: false) == .number(1.02))
  }
}
