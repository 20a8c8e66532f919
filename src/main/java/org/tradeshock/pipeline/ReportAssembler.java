package org.tradeshock.pipeline;

import java.nio.file.Path;

/** Placeholder until the report package lands. */
final class ReportAssembler {
  private ReportAssembler() {}

  static Path write(Analysis a, RunSettings s) {
    return s.reportsRoot();
  }
}
