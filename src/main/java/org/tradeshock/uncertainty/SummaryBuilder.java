package org.tradeshock.uncertainty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeshock.calibration.ScenarioSpec;

/** Assembles a {@link McSummary} from draw rows sorted by index (see {@link RowLayout}). */
final class SummaryBuilder {
  final McProblem p;
  final long seed;
  final int draws;
  final List<String> scenarios;
  final List<String> metrics;
  final List<MetricInterval> intervals = new ArrayList<>();
  final List<DifferenceInterval> differences = new ArrayList<>();
  final Map<String, Integer> failures = new LinkedHashMap<>();
  final Map<String, String> firstFailure = new LinkedHashMap<>();
  final Map<String, Double> meanIterations = new LinkedHashMap<>();
  final Map<String, Integer> illConditioned = new LinkedHashMap<>();
  final double[][][] values;
  final double[] central;
  final RowLayout at;
  int calibrationFailures;
  final Map<String, Quantiles> calibrated = new LinkedHashMap<>();
  final Map<String, Map<String, Double>> bindingShare = new LinkedHashMap<>();

  SummaryBuilder(McProblem p, long seed, List<double[]> rows) {
    this.p = p;
    this.seed = seed;
    this.draws = rows.size();
    scenarios = p.scenarios().stream().map(ScenarioSpec::name).toList();
    metrics = p.metrics().stream().map(m -> m.label(p.base().regions())).toList();
    at = RowLayout.of(p);
    values = new double[scenarios.size()][metrics.size()][draws];
    for (int d = 0; d < draws; d++) {
      double[] r = rows.get(d);
      for (int k = 0; k < scenarios.size(); k++) {
        for (int j = 0; j < metrics.size(); j++) {
          values[k][j][d] = r[at.value(k, j)];
        }
      }
      calibrationFailures += r[at.calibrationFailed()] != 0 ? 1 : 0;
    }
    for (int u = 0; u < at.unknowns(); u++) {
      double[] x = new double[draws];
      for (int d = 0; d < draws; d++) {
        x[d] = rows.get(d)[at.calibrated(u)];
      }
      calibrated.put(p.recalibration().names().get(u), Quantiles.of(x));
    }
    countFailures(rows);
    countBinding(rows);
    central = Draws.evaluate(p, -1, p.centralValues());
  }

  private void countFailures(List<double[]> rows) {
    for (int k = 0; k < scenarios.size(); k++) {
      int failed = 0;
      int ill = 0;
      int first = -1;
      double iters = 0;
      for (int d = 0; d < rows.size(); d++) {
        if (rows.get(d)[at.failed(k)] != 0) {
          failed++;
          first = first < 0 ? d : first;
        } else {
          iters += rows.get(d)[at.iterations(k)];
          ill += rows.get(d)[at.illConditioned(k)] != 0 ? 1 : 0;
        }
      }
      failures.put(scenarios.get(k), failed);
      illConditioned.put(scenarios.get(k), ill);
      meanIterations.put(scenarios.get(k), rows.size() == failed ? Double.NaN : iters / (rows.size() - failed));
      if (first >= 0) {
        firstFailure.put(scenarios.get(k), "draw " + first + ": "
            + Draws.failure(p, Draws.values(p, seed, first), k));
      }
    }
  }

  private void countBinding(List<double[]> rows) {
    for (int k = 0; k < scenarios.size(); k++) {
      List<org.tradeshock.model.Capacity> caps = p.scenarios().get(k).capacities();
      if (caps.isEmpty()) {
        continue;
      }
      Map<String, Double> share = new LinkedHashMap<>();
      for (int c = 0; c < Math.min(52, caps.size()); c++) {
        int solved = 0;
        int bound = 0;
        for (double[] r : rows) {
          if (r[at.failed(k)] == 0) {
            solved++;
            bound += (((long) r[at.binding(k)]) >>> c & 1L) != 0 ? 1 : 0;
          }
        }
        share.put(caps.get(c).id(), solved == 0 ? Double.NaN : (double) bound / solved);
      }
      bindingShare.put(scenarios.get(k), Collections.unmodifiableMap(share));
    }
  }

  private double centralValue(int k, int j) {
    return central[at.value(k, j)];
  }

  McSummary build() {
    for (int k = 0; k < scenarios.size(); k++) {
      for (int j = 0; j < metrics.size(); j++) {
        intervals.add(new MetricInterval(scenarios.get(k), metrics.get(j), centralValue(k, j),
            Quantiles.of(values[k][j])));
      }
    }
    for (int k = 0; k < scenarios.size(); k++) {
      String ref = p.references().get(scenarios.get(k));
      if (ref != null) {
        addDifferences(k, scenarios.indexOf(ref));
      }
    }
    return new McSummary(this);
  }

  private void addDifferences(int k, int r) {
    for (int j = 0; j < metrics.size(); j++) {
      double[] diff = new double[draws];
      for (int d = 0; d < draws; d++) {
        // NaN in either scenario gives NaN, counted as a failed draw of the difference
        diff[d] = values[k][j][d] - values[r][j][d];
      }
      differences.add(new DifferenceInterval(scenarios.get(k), scenarios.get(r), metrics.get(j),
          centralValue(k, j) - centralValue(r, j), Quantiles.of(diff)));
    }
  }
}
