package org.tradeshock.report;

import java.util.regex.Pattern;
import org.tradeshock.common.Checks;

/** Validation of ids that become HTML anchors and file names ({@code charts/<id>.png}). */
final class Ids {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,79}");

  private Ids() {}

  static String check(String what, String id) {
    Checks.check(
        id != null && ID.matcher(id).matches(),
        "%s id must match [a-z0-9][a-z0-9_-]* (at most 80 characters) but was '%s'",
        what,
        id);
    return id;
  }
}
