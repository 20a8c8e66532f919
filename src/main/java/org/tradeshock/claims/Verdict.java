package org.tradeshock.claims;

/** The outcome of checking one claim against the bundled datasets. */
public enum Verdict {
  /** Every computed value is within the claim's tolerance. */
  SUPPORTED,
  /** Some computed values are within tolerance, or all are within twice the tolerance. */
  PARTLY_SUPPORTED,
  /** No computed value is within tolerance and at least one is beyond twice the tolerance. */
  CONTRADICTED,
  /** The bundled data do not cover the claim. */
  NOT_CHECKABLE
}
