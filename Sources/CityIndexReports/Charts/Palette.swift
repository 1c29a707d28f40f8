/// Colour-blind-safe colours: Okabe & Ito's eight for categories, viridis for a scale.
enum Palette {
  static let blue = "#0072B2"
  static let orange = "#E69F00"
  static let vermillion = "#D55E00"
  static let grey = "#6b6b6b"
  /// Okabe–Ito without its yellow, which vanishes on white; grey takes its place.
  static let categorical = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#888888"]

  private static let viridis: [(Double, Double, Double)] = [
    (0x44, 0x01, 0x54), (0x47, 0x2d, 0x7b), (0x3b, 0x52, 0x8b), (0x2c, 0x72, 0x8e), (0x21, 0x91, 0x8c),
    (0x28, 0xae, 0x80), (0x5e, 0xc9, 0x62), (0xad, 0xdc, 0x30), (0xfd, 0xe7, 0x25),
  ]

  /// Viridis at `t` in 0…1 (clamped), as `#rrggbb`.
  static func sequential(_ t: Double) -> String {
    let x = min(1, max(0, t.isNaN ? 0 : t)) * Double(viridis.count - 1)
    let i = min(Int(x), viridis.count - 2)
    let f = x - Double(i)
    let (a, b) = (viridis[i], viridis[i + 1])
    func channel(_ u: Double, _ v: Double) -> String {
      let value = Int((u + (v - u) * f).rounded())
      let hex = String(value, radix: 16)
      return hex.count == 1 ? "0" + hex : hex
    }
    return "#" + channel(a.0, b.0) + channel(a.1, b.1) + channel(a.2, b.2)
  }

  /// Text that stays readable on `sequential(t)`: dark on the light (yellow-green) end.
  static func textOn(_ t: Double) -> String { t > 0.62 ? "#000000" : "#ffffff" }
}
