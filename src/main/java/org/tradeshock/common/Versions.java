package org.tradeshock.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Versions of the tool and its libraries, for --version and the run manifest. */
public final class Versions {
  private Versions() {}

  /** The tool's version (from the jar manifest; "dev" when run from classes). */
  public static String tool() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /**
   * The commit the tool was built from, with {@code -dirty} when the build had uncommitted changes;
   * "unknown" when it was built outside a git checkout.
   */
  public static String commit() {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = Versions.class.getResourceAsStream("/tradeshock-git.properties")) {
      if (in == null) {
        return "unknown";
      }
      p.load(in);
    } catch (java.io.IOException e) {
      return "unknown";
    }
    String id = p.getProperty("git.commit.id.abbrev", "").strip();
    if (id.isEmpty()) {
      return "unknown";
    }
    return "true".equals(p.getProperty("git.dirty")) ? id + "-dirty" : id;
  }

  /** Library name to version, read from the classes' jar manifests or file names. */
  public static Map<String, String> libraries() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("java", System.getProperty("java.version"));
    m.put("spark", of("org.apache.spark.SparkContext", "spark"));
    m.put("tablesaw", of("tech.tablesaw.api.Table", "tablesaw"));
    m.put("xchart", of("org.knowm.xchart.XYChart", "xchart"));
    m.put("jackson", of("com.fasterxml.jackson.databind.ObjectMapper", "jackson"));
    m.put("picocli", of("picocli.CommandLine", "picocli"));
    m.put("poi", of("org.apache.poi.ss.usermodel.Workbook", "poi"));
    return m;
  }

  /** Version of the jar holding {@code className}, or a note when absent. */
  public static String of(String className, String hint) {
    try {
      Class<?> c = Class.forName(className, false, Versions.class.getClassLoader());
      String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
      if (v != null) {
        return v;
      }
      String loc = c.getProtectionDomain().getCodeSource().getLocation().getPath();
      java.util.regex.Matcher mt = java.util.regex.Pattern.compile("-(\\d[\\w.\\-]*)\\.jar$").matcher(loc);
      return mt.find() ? mt.group(1) : "unknown";
    } catch (ClassNotFoundException | RuntimeException e) {
      return "absent (" + hint + ")";
    }
  }
}
