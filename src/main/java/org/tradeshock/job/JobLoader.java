package org.tradeshock.job;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.tradeshock.common.BadInputException;

/**
 * Reads a job file (YAML), rejects unknown keys and wrong types, then validates it.
 *
 * <p>Every problem is a {@link BadInputException} naming the job file, the key path (for example
 * {@code scenarios[2].measures[0]}) and, for syntax and type errors, the line.
 */
public final class JobLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private JobLoader() {}

  /**
   * Loads and validates a job file.
   *
   * @param file the YAML job file
   * @return the validated job with its datasets resolved relative to the file's folder
   * @throws BadInputException for a missing file, bad YAML, unknown keys or invalid values
   */
  public static Job load(Path file) {
    byte[] bytes = read(file);
    JobSpec spec = bind(file, bytes);
    try {
      return JobValidator.validate(file, sha256(bytes), spec);
    } catch (BadInputException e) {
      throw withLine(e, bytes);
    }
  }

  /** Adds the line of the key the validator names, so an editor can jump to it. */
  private static BadInputException withLine(BadInputException e, byte[] bytes) {
    String loc = e.getLocation();
    if (!loc.startsWith("key ")) {
      return e;
    }
    String key = loc.substring("key ".length());
    return new BadInputException(e.getSource(), located(key, bytes), e.getProblem(), e);
  }

  private static String located(String key, byte[] bytes) {
    OptionalInt line = YamlKeyLines.lineOf(bytes, key);
    return line.isPresent() ? "key " + key + " (line " + line.getAsInt() + ")" : "key " + key;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file.toString(), "", "job file not found; expected a YAML file such as jobs/potash-us-relief.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read job file " + file, e);
    }
  }

  private static JobSpec bind(Path file, byte[] bytes) {
    if (bytes.length == 0) {
      throw new BadInputException(file.toString(), "", "the job file is empty; expected a YAML mapping with keys job, baseline, model, measures, scenarios");
    }
    try {
      JobSpec spec = YAML.readValue(bytes, JobSpec.class);
      if (spec == null) {
        throw new BadInputException(file.toString(), "", "the job file holds no YAML mapping");
      }
      return spec;
    } catch (UnrecognizedPropertyException e) {
      String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
          .map(JobLoader::snake).collect(Collectors.joining(", "));
      throw new BadInputException(file.toString(), where(e, bytes), String.format(Locale.ROOT,
          "unknown key '%s'; expected one of: %s", e.getPropertyName(), known));
    } catch (MismatchedInputException e) {
      throw new BadInputException(file.toString(), where(e, bytes), mismatch(e));
    } catch (JsonMappingException e) {
      throw new BadInputException(file.toString(), where(e, bytes), clean(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new BadInputException(file.toString(), line(e.getLocation()), "not valid YAML: " + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read job file " + file, e);
    }
  }

  /**
   * The key path and its line. Jackson's own location is where a record's mapping ends (records are
   * bound through a buffered creator), so the line is looked up from the path instead.
   */
  private static String where(JsonMappingException e, byte[] bytes) {
    String key = e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining()).replaceFirst("^\\.", "");
    return key.isEmpty() ? line(e.getLocation()) : located(key, bytes);
  }

  private static String line(JsonLocation loc) {
    return loc == null || loc.getLineNr() < 1 ? "" : "line " + loc.getLineNr();
  }

  /** Says in YAML terms what was expected where a value of the wrong shape was found. */
  private static String mismatch(MismatchedInputException e) {
    Class<?> t = e.getTargetType();
    String expected;
    if (t == null) {
      return clean(e.getOriginalMessage());
    } else if (t.isRecord() || java.util.Map.class.isAssignableFrom(t)) {
      expected = "a mapping of keys to values";
    } else if (java.util.Collection.class.isAssignableFrom(t)) {
      expected = "a list";
    } else if (Number.class.isAssignableFrom(t) || t.isPrimitive()) {
      expected = "a number";
    } else {
      expected = "a text value";
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("from (\\w+) value \\('?(.*?)'?\\)").matcher(e.getOriginalMessage());
    String found = m.find() ? " but found '" + m.group(2) + "'" : "";
    return "expected " + expected + found;
  }

  private static String clean(String message) {
    // Jackson names Java types; users wrote YAML, so say what they should write instead.
    return message.replaceAll("`java\\.lang\\.(\\w+)`", "$1").replaceAll("`[\\w.$]+\\$(\\w+)`", "$1")
        .replace("java.util.ArrayList", "a list").replace("java.util.LinkedHashMap", "a mapping")
        .replaceAll("\\s+at \\[Source.*", "").trim();
  }

  /** SnakeYAML's messages quote the source over several lines; keep the sentences only. */
  private static String oneLine(String message) {
    return message.lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'") && !l.matches("\\^+") && !l.startsWith("at [Source"))
        .filter(l -> !message.contains("\n    " + l))
        .collect(Collectors.joining("; "));
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
