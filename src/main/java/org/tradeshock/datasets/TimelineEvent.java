package org.tradeshock.datasets;

import java.time.LocalDate;
import java.util.Objects;
import org.tradeshock.common.Checks;

/**
 * A dated sanctions, relief or logistics event (a row of {@code datasets/timeline.csv}).
 *
 * @param date day of the event
 * @param eventId stable lower-case slug
 * @param actor who acted: ISO3 code or "EU"
 * @param kind sanction, relief, logistics or other
 * @param description what happened
 * @param legalReference legal act or licence; empty when none
 * @param source publications that report the event
 * @param status how well the source backs it
 */
public record TimelineEvent(
    LocalDate date,
    String eventId,
    String actor,
    Kind kind,
    String description,
    String legalReference,
    String source,
    Status status) {

  /** What kind of event it is. */
  public enum Kind {
    /** A new restriction. */
    SANCTION,
    /** A restriction lifted or licensed. */
    RELIEF,
    /** A transport or transit change. */
    LOGISTICS,
    /** Anything else. */
    OTHER
  }

  /** How well the event is sourced (FACTS.md tags [S], [S-sec], UNVERIFIED). */
  public enum Status {
    /** Read in a primary or legal source. */
    VERIFIED,
    /** Read in a secondary report. */
    SECONDARY,
    /** No source found. */
    UNVERIFIED
  }

  /** Validates the fields. */
  public TimelineEvent {
    Objects.requireNonNull(date, "date");
    Checks.check(eventId != null && eventId.matches("[a-z0-9]+(-[a-z0-9]+)*"),
        "event_id must be a lower-case slug like 'us-gl13-potash-relief' but was '%s'", eventId);
    Checks.nonBlank("actor", actor);
    Objects.requireNonNull(kind, "kind");
    Checks.nonBlank("description", description);
    Objects.requireNonNull(legalReference, "legal_reference (use \"\" for none)");
    Checks.nonBlank("source", source);
    Objects.requireNonNull(status, "status");
  }
}
