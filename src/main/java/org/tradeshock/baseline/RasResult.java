package org.tradeshock.baseline;

/**
 * A balanced matrix with the number of RAS sweeps it took and its largest relative margin error.
 *
 * @param matrix the balanced matrix, same shape as the seed
 * @param iterations completed row-then-column sweeps
 * @param maxMarginError max over rows and columns of |sum - target| / target (0 for zero targets,
 *     which are met exactly)
 */
public record RasResult(double[][] matrix, int iterations, double maxMarginError) {
  /** Takes a defensive copy. */
  public RasResult {
    matrix = Matrices.copy("matrix", matrix);
  }

  @Override
  public double[][] matrix() {
    return Matrices.copy("matrix", matrix);
  }
}
