/// A dense row-major matrix of `Double`, `NaN` meaning missing.
///
///     var m = Matrix(rows: 2, columns: 3)        // all NaN
///     m[1, 2] = 4
///     m.row(1)                                   // [nan, nan, 4.0]
public struct Matrix: Sendable, Equatable {
  public private(set) var rows: Int
  public let columns: Int
  /// `rows * columns` values, row after row.
  public var values: [Double]

  public init(rows: Int, columns: Int, repeating value: Double = .nan) {
    self.rows = rows
    self.columns = columns
    self.values = Array(repeating: value, count: rows * columns)
  }

  public subscript(row: Int, column: Int) -> Double {
    get { values[row * columns + column] }
    set { values[row * columns + column] = newValue }
  }

  /// The values of one row, copied.
  public func row(_ row: Int) -> [Double] { Array(values[row * columns..<(row + 1) * columns]) }

  /// The values of one column, copied.
  public func column(_ column: Int) -> [Double] {
    (0..<rows).map { values[$0 * columns + column] }
  }

  /// Adds a row of `value` at the bottom.
  public mutating func appendRow(repeating value: Double = .nan) {
    values.append(contentsOf: repeatElement(value, count: columns))
    rows += 1
  }

  /// The matrix of the given rows, in that order.
  public func selectingRows(_ indices: [Int]) -> Matrix {
    var result = Matrix(rows: 0, columns: columns)
    result.values.reserveCapacity(indices.count * columns)
    for index in indices { result.values += values[index * columns..<(index + 1) * columns] }
    result.rows = indices.count
    return result
  }

  /// Equality that treats `NaN` as equal to `NaN` (missing equals missing).
  public static func == (lhs: Matrix, rhs: Matrix) -> Bool {
    lhs.rows == rhs.rows && lhs.columns == rhs.columns
      && zip(lhs.values, rhs.values).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
  }
}
