package org.tradeshock.cli;

import org.tradeshock.common.Versions;
import picocli.CommandLine;

/** Reports the tool version from the jar manifest, and the Java and Spark versions. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"tradeshock " + Versions.tool(), "Java " + System.getProperty("java.version"),
        "Spark " + Versions.of("org.apache.spark.SparkContext", "spark")};
  }
}
