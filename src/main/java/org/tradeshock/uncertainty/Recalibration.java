package org.tradeshock.uncertainty;

import java.io.Serializable;
import java.util.List;
import org.tradeshock.calibration.Target;
import org.tradeshock.calibration.Unknown;
import org.tradeshock.common.Checks;

/**
 * Re-run the calibration inside every Monte Carlo draw: with the draw's elasticities (and drawn
 * wedges), solve for {@code unknowns} so that {@code scenario} reproduces {@code targets}, then use
 * those values in all scenarios of the draw. This carries the uncertainty of the elasticities into
 * the calibrated wedges consistently (a lower sigma needs a larger wedge to explain the same fall
 * in Belarus's exports). A draw whose calibration does not converge counts as failed in every
 * scenario and is reported in {@link McSummary#calibrationFailures()}.
 *
 * @param scenario the scenario the observations describe, e.g. "sanctioned"
 * @param unknowns measures or capacities to solve for; their start is the central override if the
 *     problem has one, else {@link Unknown#initial()}
 * @param targets observed outcomes
 */
public record Recalibration(String scenario, List<Unknown> unknowns, List<Target> targets)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates and copies. */
  public Recalibration {
    Checks.nonBlank("recalibration scenario", scenario);
    unknowns = List.copyOf(unknowns);
    targets = List.copyOf(targets);
    Checks.check(!unknowns.isEmpty() && !targets.isEmpty(),
        "recalibration needs unknowns and targets but got %d and %d", unknowns.size(), targets.size());
  }

  /** The unknown names in order. */
  public List<String> names() {
    return unknowns.stream().map(Unknown::name).toList();
  }
}
