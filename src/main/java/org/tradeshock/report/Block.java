package org.tradeshock.report;

/** One piece of content inside a {@link Section}: text, a list, a table, a figure, an equation or a callout. */
public sealed interface Block permits Paragraph, BulletList, Table, Figure, Equation, Callout {}
