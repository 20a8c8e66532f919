package org.tradeshock.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.tradeshock.common.Checks;

/**
 * A report document: a title, a subtitle (typically the job name and scenario) and sections.
 *
 * <p>Section ids must be unique, and so must figure and table ids across the whole report, because
 * they become anchors and file names.
 */
public record Report(String title, String subtitle, List<Section> sections) {
  /** Validates the title, copies the sections and checks that ids are unique; subtitle may be empty. */
  public Report {
    Checks.nonBlank("report title", title);
    subtitle = subtitle == null ? "" : subtitle;
    sections = List.copyOf(sections);
    Set<String> sectionIds = new HashSet<>();
    Set<String> fileIds = new HashSet<>();
    for (Section s : sections) {
      Checks.check(sectionIds.add(s.id()), "duplicate section id '%s' in report '%s'", s.id(), title);
      for (Block b : s.blocks()) {
        String id = b instanceof Figure f ? "charts/" + f.id() : b instanceof Table t ? "tables/" + t.id() : null;
        Checks.check(id == null || fileIds.add(id), "duplicate id '%s' in report '%s'", id, title);
      }
    }
  }

  /** A report with the given sections in order. */
  public static Report of(String title, String subtitle, Section... sections) {
    return new Report(title, subtitle, List.of(sections));
  }

  /** All figures in reading order. */
  public List<Figure> figures() {
    return blocks().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
  }

  /** All tables in reading order. */
  public List<Table> tables() {
    return blocks().filter(Table.class::isInstance).map(Table.class::cast).toList();
  }

  private Stream<Block> blocks() {
    return sections.stream().flatMap(s -> s.blocks().stream());
  }
}
