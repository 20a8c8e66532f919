package org.tradeshock.model;

import java.util.Locale;

/**
 * The calibrated CES levels GSIM of MODELS.md 3.2: flows, excess supplies and their analytic
 * Jacobian as functions of y = ln P*, for the Newton solver in {@link GsimLevels}.
 *
 * <p>Implementation notes. With a(i,v) = beta(i,v) (T1(i,v) P*_i)^(1-sigma_v), S_v = sum_i a(i,v),
 * expenditure shares s(i,v) = a(i,v)/S_v and P_v = S_v^(1/(1-sigma_v)), demand is
 * M(i,v) = s(i,v) E0_v P_v^(1+Em_v) / (T1(i,v) P*_i), which equals the quantity form
 * beta (T P* / P_v)^(-sigma) E0 P_v^Em. Differentiating, d ln M(i,v) / d y_j =
 * -sigma_v [i = j] + (sigma_v + Em_v) s(j,v), because d ln P_v / d y_j = s(j,v); at the base point
 * s = theta and this is exactly the linear GSIM's N matrix. sigma_v = 1 uses the Cobb-Douglas
 * limit (s = beta, ln P_v = sum_i beta ln(T1 P* / T0)), for which the same derivative holds.
 */
final class CesMarket {
  private final TradeMatrix base;
  private final double[][] t1;
  private final double[][] beta;
  private final double[] e0;
  private final double[] x0;
  private final double[] sigma;
  private final double[] em;
  private final double[] ex;
  private final int[] active;

  CesMarket(TradeMatrix base, Elasticities e, double[][] t1) {
    this.base = base;
    this.t1 = t1;
    this.sigma = e.substitution();
    this.em = e.importDemand();
    this.ex = e.exportSupply();
    int n = base.size();
    e0 = new double[n];
    x0 = new double[n];
    beta = new double[n][n];
    for (int r = 0; r < n; r++) {
      e0[r] = base.importTotalInternal(r);
      x0[r] = base.exportTotal(r);
    }
    for (int i = 0; i < n; i++) {
      for (int v = 0; v < n; v++) {
        beta[i][v] = e0[v] > 0 ? base.value(i, v) * Math.pow(base.power(i, v), sigma[v]) / e0[v] : 0;
        checkEmbargo(i, v);
      }
    }
    active = java.util.stream.IntStream.range(0, n).filter(i -> x0[i] > 0).toArray();
  }

  private void checkEmbargo(int i, int v) {
    if (beta[i][v] > 0 && t1[i][v] == Double.POSITIVE_INFINITY && !(sigma[v] > 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "embargo (infinite new tariff power) on %s->%s needs a substitution elasticity > 1 for "
              + "importer %s so that the flow can go to 0, but it is %s",
          base.regions().get(i), base.regions().get(v), base.regions().get(v), sigma[v]));
    }
  }

  /** Indices of exporters with positive base exports; only their prices are unknowns. */
  int[] active() {
    return active.clone();
  }

  /** Evaluates the market at log world prices {@code y} (length n; inactive entries are 0). */
  State evaluate(double[] y) {
    return evaluate(y, null);
  }

  /**
   * Evaluates the market at log world prices {@code y} with extra log wedges {@code lnWedge(i,v)}
   * (capacity rents, ln(1 + tau)) on top of T1; {@code null} means none.
   */
  State evaluate(double[] y, double[][] lnWedge) {
    int n = y.length;
    State st = new State(n);
    for (int v = 0; v < n; v++) {
      importer(y, lnWedge, v, st);
    }
    for (int i : active) {
      double supply = x0[i] * Math.exp(ex[i] * y[i]);
      double demand = 0;
      for (int v = 0; v < n; v++) {
        demand += st.flow[i][v];
      }
      st.supply[i] = supply;
      st.residual[i] = (demand - supply) / x0[i];
    }
    return st;
  }

  /** Fills composite price, shares and flows of importer {@code v}. */
  private void importer(double[] y, double[][] lnWedge, int v, State st) {
    int n = y.length;
    if (!(e0[v] > 0)) {
      st.price[v] = 1; // nothing imported in the base: no price, no flows, no change
      return;
    }
    double lnPrice = 0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (beta[i][v] > 0) {
        double lnPower = Math.log(t1[i][v]) + y[i] + (lnWedge == null ? 0 : lnWedge[i][v]);
        if (sigma[v] == 1) {
          // Cobb-Douglas: P_v = prod_i (T1 P*_i / T0)^beta, normalised so that P_v0 = 1
          st.share[i][v] = beta[i][v];
          lnPrice += beta[i][v] * (lnPower - Math.log(base.power(i, v)));
        } else {
          st.share[i][v] = beta[i][v] * Math.exp((1 - sigma[v]) * lnPower);
          total += st.share[i][v];
        }
      }
    }
    if (sigma[v] != 1) {
      if (!(total > 0)) {
        // every supplier embargoed: the composite good is unobtainable
        st.price[v] = Double.POSITIVE_INFINITY;
        clearColumn(st.share, v);
        return;
      }
      for (int i = 0; i < n; i++) {
        st.share[i][v] /= total;
      }
      lnPrice = Math.log(total) / (1 - sigma[v]);
    }
    st.price[v] = Math.exp(lnPrice);
    double spending = e0[v] * Math.exp((1 + em[v]) * lnPrice);
    for (int i = 0; i < n; i++) {
      if (st.share[i][v] > 0) {
        double paid = t1[i][v] * Math.exp(y[i]);
        if (lnWedge != null) {
          paid *= Math.exp(lnWedge[i][v]);
        }
        st.flow[i][v] = st.share[i][v] * spending / paid;
      }
    }
  }

  private static void clearColumn(double[][] m, int v) {
    for (double[] row : m) {
      row[v] = 0;
    }
  }

  /** The analytic Jacobian d residual_i / d y_j over active exporters, in {@link #active()} order. */
  double[][] jacobian(State st) {
    int k = active.length;
    double[][] jac = new double[k][k];
    for (int a = 0; a < k; a++) {
      int i = active[a];
      for (int v = 0; v < st.flow.length; v++) {
        double m = st.flow[i][v];
        if (m == 0) {
          continue;
        }
        jac[a][a] -= m * sigma[v];
        for (int b = 0; b < k; b++) {
          jac[a][b] += m * (sigma[v] + em[v]) * st.share[active[b]][v];
        }
      }
      jac[a][a] -= ex[i] * st.supply[i];
      for (int b = 0; b < k; b++) {
        jac[a][b] /= x0[i];
      }
    }
    return jac;
  }

  double sigma(int v) {
    return sigma[v];
  }

  double importDemand(int v) {
    return em[v];
  }

  double baseImports(int v) {
    return e0[v];
  }

  double baseExports(int i) {
    return x0[i];
  }

  /** Market quantities at one price vector; arrays are n x n or n, indexed by region. */
  static final class State {
    final double[][] flow;
    final double[][] share;
    final double[] price;
    final double[] supply;
    final double[] residual;

    State(int n) {
      flow = new double[n][n];
      share = new double[n][n];
      price = new double[n];
      supply = new double[n];
      residual = new double[n];
    }

    /** Max-norm of the relative excess supply. */
    double maxResidual() {
      double worst = 0;
      for (double r : residual) {
        worst = Math.max(worst, Math.abs(r));
      }
      return Double.isNaN(sumSquares()) ? Double.NaN : worst;
    }

    double sumSquares() {
      double s = 0;
      for (double r : residual) {
        s += r * r;
      }
      return s;
    }
  }
}
