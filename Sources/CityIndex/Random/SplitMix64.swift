import Foundation

/// A small, fast, seeded pseudo-random generator (Steele, Lea & Flood 2014), the same on every
/// platform, so that seeded outputs stay byte-identical.
///
///     var random = SplitMix64(seed: 42)
///     random.nextDouble()   // uniform in [0, 1), 53 random bits
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// A generator for one cell of a grid (e.g. city × indicator), independent of the order in
  /// which cells are visited.
  public init(seed: UInt64, stream: UInt64...) {
    var state = seed
    for part in stream {
      var mixer = SplitMix64(seed: state ^ (part &* 0x9E37_79B9_7F4A_7C15))
      state = mixer.next()
    }
    self.state = state
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in [0, 1).
  public mutating func nextDouble() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// Standard normal (Box–Muller; one of the pair is used, so each call costs two draws).
  public mutating func nextGaussian() -> Double {
    let u1 = 1 - nextDouble()  // (0, 1]: log stays finite
    let u2 = nextDouble()
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }
}

