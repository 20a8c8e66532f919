package org.tradeshock.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradeshock.job.JobSpec;

/**
 * The engine holds capacity limits in base-value units of quantity (USD at base-year prices); the
 * job and the report speak tonnes. One tonne of an exporter's product is its base-year unit value.
 */
final class CapacityUnits {
  private CapacityUnits() {}

  /** Capacity id to base-value units per tonne (the exporter's unit value), for every job capacity. */
  static Map<String, Double> perTonne(Analysis a) {
    List<JobSpec.CapacityLimit> caps = a.job().spec().capacities() == null ? List.of() : a.job().spec().capacities();
    Map<String, Double> out = new HashMap<>();
    for (JobSpec.CapacityLimit c : caps) {
      out.put(c.id(), a.inputs().baseline().unitValue()[a.scenarios().base().indexOf(c.exporter())]);
    }
    return out;
  }

  /** Whether a calibration unknown is a capacity (else it is a measure's wedge). */
  static boolean isCapacity(JobSpec spec, String id) {
    return spec.capacities() != null && spec.capacities().stream().anyMatch(c -> c.id().equals(id));
  }

  /** The job's capacity with this id. */
  static JobSpec.CapacityLimit capacity(JobSpec spec, String id) {
    return spec.capacities().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
