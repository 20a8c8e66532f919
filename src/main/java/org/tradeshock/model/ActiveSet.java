package org.tradeshock.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The active-set outer loop of {@link GsimLevels} for capacity limits: solve with the caps in the
 * working set as equalities, add violated caps, drop caps with a negative rent, repeat.
 */
final class ActiveSet {
  private final CesMarket market;
  private final List<Capacity> all;
  private final int n;
  private final double tol;
  private final int maxIterations;

  ActiveSet(CesMarket market, List<Capacity> all, int n, double tol, int maxIterations) {
    this.market = market;
    this.all = all;
    this.n = n;
    this.tol = tol;
    this.maxIterations = maxIterations;
  }

  /** The converged run, the system it was solved on, and the status of every cap. */
  record Outcome(CappedNewton newton, CappedNewton.Run run, List<CapacityStatus> statuses) {}

  Outcome solve() {
    List<Capacity> working = new ArrayList<>();
    double[] y = new double[n];
    double[] z = new double[0];
    int iterations = 0;
    // Each pass changes the working set; 2 x caps + 2 passes cover every add-then-drop sequence
    // that does not cycle.
    for (int pass = 0; pass <= 2 * all.size() + 2; pass++) {
      CappedNewton newton = new CappedNewton(market, List.copyOf(working), n);
      CappedNewton.Run run = newton.solve(newton.evaluate(y, z), tol, maxIterations, iterations);
      iterations = run.iterations();
      CappedNewton.Point p = run.point();
      int drop = mostNegativeRent(p.z());
      List<Capacity> next = new ArrayList<>(working);
      if (drop >= 0) {
        next.remove(drop);
      } else {
        for (Capacity c : all) {
          if (!working.contains(c) && violated(p.st(), c)) {
            next.add(c);
          }
        }
      }
      if (next.equals(working)) {
        return new Outcome(newton, run, statuses(p, working));
      }
      y = p.y();
      z = carryRents(working, p.z(), next);
      working = next;
    }
    throw new SolverException(String.format(Locale.ROOT,
        "levels (Newton) active set for capacities %s did not settle after %d passes",
        all.stream().map(Capacity::id).toList(), 2 * all.size() + 3));
  }

  private boolean violated(CesMarket.State st, Capacity c) {
    return (CappedNewton.coveredFlow(st, c) - c.limit()) / c.limit() > tol;
  }

  private static int mostNegativeRent(double[] z) {
    int worst = -1;
    for (int c = 0; c < z.length; c++) {
      if (z[c] < 0 && (worst < 0 || z[c] < z[worst])) {
        worst = c;
      }
    }
    return worst;
  }

  /** Warm start: keep the rents of caps that stay in the set, start new ones at 0. */
  private static double[] carryRents(List<Capacity> from, double[] z, List<Capacity> to) {
    double[] out = new double[to.size()];
    for (int c = 0; c < out.length; c++) {
      int k = from.indexOf(to.get(c));
      out[c] = k >= 0 ? z[k] : 0;
    }
    return out;
  }

  private List<CapacityStatus> statuses(CappedNewton.Point p, List<Capacity> working) {
    List<CapacityStatus> out = new ArrayList<>();
    for (Capacity c : all) {
      int k = working.indexOf(c);
      double tau = k >= 0 ? Math.expm1(p.z()[k]) : 0;
      double flow = CappedNewton.coveredFlow(p.st(), c);
      double price = Math.exp(p.y()[c.exporter()]);
      out.add(new CapacityStatus(c.id(), c.exporter(), c.limit(), flow, tau, tau * price * flow, tau > 0));
    }
    return out;
  }
}
