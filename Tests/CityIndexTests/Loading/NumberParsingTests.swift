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
    ("1.234,5", true, .invalid),  // no thousands separators
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
