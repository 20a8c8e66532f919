package org.tradeshock.uncertainty;

/**
 * Where things sit in a draw's flat result row: [index, calibration failed, failed flag per
 * scenario, Newton iterations per scenario, binding caps per scenario (bit c set when the
 * scenario's capacity c binds), ill-conditioned flag per scenario, calibrated value per unknown, metric per scenario and metric
 * (scenario-major)]. Plain {@code double[]} rows serialize with any Spark serializer.
 */
record RowLayout(int scenarios, int metrics, int unknowns) {
  static RowLayout of(McProblem p) {
    return new RowLayout(p.scenarios().size(), p.metrics().size(),
        p.recalibration() == null ? 0 : p.recalibration().unknowns().size());
  }

  int length() {
    return 2 + 4 * scenarios + unknowns + scenarios * metrics;
  }

  int calibrationFailed() {
    return 1;
  }

  int failed(int k) {
    return 2 + k;
  }

  int iterations(int k) {
    return 2 + scenarios + k;
  }

  int binding(int k) {
    return 2 + 2 * scenarios + k;
  }

  int illConditioned(int k) {
    return 2 + 3 * scenarios + k;
  }

  int calibrated(int u) {
    return 2 + 4 * scenarios + u;
  }

  int value(int k, int j) {
    return 2 + 4 * scenarios + unknowns + k * metrics + j;
  }
}
