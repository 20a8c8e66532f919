package org.tradeshock.job;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the line of a key path such as {@code measures[3].wedge} in a YAML document.
 *
 * <p>Implementation notes: Jackson binds records through a buffered creator, so the location in its
 * exceptions is where the enclosing mapping ends, not where the offending key stands; and the
 * validator's errors carry a key path only. Composing the document with SnakeYAML (already on the
 * classpath through Jackson's YAML module) keeps every node's start mark, so the path can be walked
 * to the line an editor shows.
 */
final class YamlKeyLines {
  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  private YamlKeyLines() {}

  /**
   * The 1-based line of the key (or list item) the path names.
   *
   * @param yaml the document
   * @param path dotted keys and [index] steps, as in {@code capacities[0].active_with[1]}
   * @return the line, or empty when the path is not in the document (a missing key) or the
   *     document does not compose
   */
  static OptionalInt lineOf(byte[] yaml, String path) {
    Node node;
    try {
      node = new Yaml(new LoaderOptions()).compose(new StringReader(new String(yaml, StandardCharsets.UTF_8)));
    } catch (RuntimeException e) {
      return OptionalInt.empty(); // the syntax error is reported by the binder with its own line
    }
    Node at = node;
    int line = -1;
    for (Object step : steps(path)) {
      NodeTuple entry = step instanceof String name ? entry(at, name) : null;
      at = entry != null ? entry.getValueNode() : step instanceof Integer i ? item(at, i) : null;
      if (at == null) {
        return OptionalInt.empty();
      }
      // A key's line is where the key is written, whatever the shape of its value.
      line = (entry != null ? entry.getKeyNode() : at).getStartMark().getLine() + 1;
    }
    return line < 1 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  private static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    Matcher m = STEP.matcher(path);
    while (m.find()) {
      steps.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
    }
    return steps;
  }

  private static NodeTuple entry(Node at, String name) {
    if (at instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(name)) {
          return t;
        }
      }
    }
    return null;
  }

  private static Node item(Node at, int index) {
    if (at instanceof SequenceNode seq && index < seq.getValue().size()) {
      return seq.getValue().get(index);
    }
    return null;
  }
}
