package org.tradeshock.model;

import java.util.List;
import org.tradeshock.common.Checks;

/**
 * The GSIM elasticities, one value per region in the order of the trade matrix.
 *
 * @param importDemand composite import demand elasticity Em(v), &lt; 0
 * @param substitution elasticity of substitution among import sources Es(v) (sigma), &gt; 0
 * @param exportSupply export supply elasticity Ex(i), &gt; 0
 */
public record Elasticities(double[] importDemand, double[] substitution, double[] exportSupply)
    implements java.io.Serializable {
  private static final long serialVersionUID = 1L;


  /** Validates signs and equal lengths and takes defensive copies. */
  public Elasticities {
    Checks.check(importDemand.length == substitution.length && importDemand.length == exportSupply.length,
        "elasticity vectors must have equal lengths but have %d, %d, %d",
        importDemand.length, substitution.length, exportSupply.length);
    importDemand = importDemand.clone();
    substitution = substitution.clone();
    exportSupply = exportSupply.clone();
    for (int r = 0; r < importDemand.length; r++) {
      Checks.negative("import demand elasticity Em[" + r + "]", importDemand[r]);
      Checks.positive("substitution elasticity Es[" + r + "]", substitution[r]);
      Checks.positive("export supply elasticity Ex[" + r + "]", exportSupply[r]);
    }
  }

  /** The same three values for every one of {@code n} regions. */
  public static Elasticities uniform(int n, double em, double es, double ex) {
    double[] a = new double[n];
    double[] b = new double[n];
    double[] c = new double[n];
    java.util.Arrays.fill(a, em);
    java.util.Arrays.fill(b, es);
    java.util.Arrays.fill(c, ex);
    return new Elasticities(a, b, c);
  }

  /** Number of regions covered. */
  public int size() {
    return importDemand.length;
  }

  /** Checks that these elasticities cover exactly the regions of {@code m}. */
  public void requireSize(List<String> regions) {
    Checks.check(size() == regions.size(), "elasticities cover %d regions but the matrix has %d: %s",
        size(), regions.size(), regions);
  }

  @Override
  public double[] importDemand() {
    return importDemand.clone();
  }

  @Override
  public double[] substitution() {
    return substitution.clone();
  }

  @Override
  public double[] exportSupply() {
    return exportSupply.clone();
  }
}
