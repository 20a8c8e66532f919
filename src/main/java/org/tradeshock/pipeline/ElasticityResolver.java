package org.tradeshock.pipeline;

import java.util.List;
import java.util.Map;
import org.tradeshock.job.JobSpec;
import org.tradeshock.model.Elasticities;

/** Expands a job's default elasticities and per-region overrides into one value per region. */
final class ElasticityResolver {
  private ElasticityResolver() {}

  static Elasticities resolve(JobSpec.Model model, List<String> regions) {
    int n = regions.size();
    double[] em = new double[n];
    double[] es = new double[n];
    double[] ex = new double[n];
    JobSpec.ElasticitySet d = model.elasticities();
    Map<String, JobSpec.ElasticitySet> by = model.byRegion() == null ? Map.of() : model.byRegion();
    for (int r = 0; r < n; r++) {
      JobSpec.ElasticitySet o = by.get(regions.get(r));
      em[r] = pick(o == null ? null : o.importDemand(), d.importDemand());
      es[r] = pick(o == null ? null : o.substitution(), d.substitution());
      ex[r] = pick(o == null ? null : o.exportSupply(), d.exportSupply());
    }
    return new Elasticities(em, es, ex);
  }

  private static double pick(Double override, Double fallback) {
    return override != null ? override : fallback;
  }
}
