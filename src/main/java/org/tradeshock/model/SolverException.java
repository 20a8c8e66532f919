package org.tradeshock.model;

/** A model solve that did not converge or met a singular system; the message says which and where. */
public final class SolverException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the method, iterations and residual. */
  public SolverException(String message) {
    super(message);
  }
}
