package org.tradeshock.scenario;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tradeshock.job.JobSpec;
import org.tradeshock.job.JobValidator;
import org.tradeshock.model.TradeMatrix;

/**
 * Turns a scenario's measures into the counterfactual tariff powers T1.
 *
 * <p>Each measure multiplies the power on its routes by {@code 1 + wedge}; an embargo sets it to
 * +infinity (a prohibitive wedge). A measure with {@code importers: [all]} is an exporter-wide
 * friction (financial sanctions, shipping, insurance): it applies to all the exporter's routes to
 * other regions, not to its own-region (diagonal) trade. Wedges of several measures on one route
 * compound multiplicatively, as ad-valorem costs do.
 */
public final class Wedges {
  private final TradeMatrix base;
  private final Map<String, JobSpec.Measure> measures;

  private Wedges(TradeMatrix base, Map<String, JobSpec.Measure> measures) {
    this.base = base;
    this.measures = measures;
  }

  /** Wedge builder for a base matrix and the job's measures. */
  public static Wedges of(TradeMatrix base, List<JobSpec.Measure> measures) {
    return new Wedges(base, measures.stream().collect(Collectors.toMap(JobSpec.Measure::id, Function.identity())));
  }

  /**
   * The powers T1 with the named measures in force.
   *
   * @param measureIds measure ids (validated to exist when the job was loaded)
   * @return n x n powers; {@code T1 = T0} when the list is empty
   */
  public double[][] powers(List<String> measureIds) {
    double[][] t = base.powers();
    for (String id : measureIds) {
      apply(t, measures.get(id));
    }
    return t;
  }

  /**
   * The part of the powers whose wedge the importer collects as revenue: the base powers times the
   * measures marked {@code collected}. The rest of {@link #powers} is a dissipated trade cost.
   */
  public double[][] collectedPowers(List<String> measureIds) {
    double[][] t = base.powers();
    for (String id : measureIds) {
      JobSpec.Measure m = measures.get(id);
      if (m.isCollected()) {
        apply(t, m);
      }
    }
    return t;
  }

  private void apply(double[][] t, JobSpec.Measure m) {
    int i = base.indexOf(m.exporter());
    double w = JobValidator.parseWedge(m.wedge());
    boolean all = m.importers().contains(JobValidator.ALL);
    for (int v = 0; v < base.size(); v++) {
      boolean hit = all ? v != i : m.importers().contains(base.regions().get(v));
      if (hit) {
        t[i][v] = Double.isInfinite(w) ? Double.POSITIVE_INFINITY : t[i][v] * (1 + w);
      }
    }
  }
}
