package org.tradeshock.report;

/** The inline subset of paragraphs ({@code **bold**}, {@code `code`}, line breaks) for each output format. */
final class Inline {
  private Inline() {}

  /** HTML: escapes everything, then turns the subset into {@code strong}, {@code code} and {@code br}. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '`') {
        int end = text.indexOf('`', i + 1);
        if (end > i + 1) {
          out.append("<code>").append(escape(text.substring(i + 1, end))).append("</code>");
          i = end + 1;
          continue;
        }
      } else if (text.startsWith("**", i)) {
        int end = text.indexOf("**", i + 2);
        if (end > i + 2) {
          out.append("<strong>").append(html(text.substring(i + 2, end))).append("</strong>");
          i = end + 2;
          continue;
        }
      }
      char c = text.charAt(i);
      out.append(c == '\n' ? "<br>\n" : escape(String.valueOf(c)));
      i++;
    }
    return out.toString();
  }

  /** Escapes the five HTML special characters. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Markdown: the subset is Markdown already; line breaks become hard breaks (a trailing backslash)
   * followed by {@code continuation} so they stay inside list items and quotes.
   */
  static String markdown(String text, String continuation) {
    return markdownText(text).replace("\r\n", "\n").replace("\n", "\\\n" + continuation);
  }

  /** Backslash-escapes {@code <} outside code spans, so text such as {@code <test>} is not read as an HTML tag. */
  static String markdownText(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean inCode = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '`') {
        inCode = !inCode;
      }
      out.append(c == '<' && !inCode ? "\\<" : String.valueOf(c));
    }
    return out.toString();
  }

  /** A Markdown table cell: pipes escaped and line breaks flattened, since a row must stay on one line. */
  static String markdownCell(String text) {
    return markdownText(text).replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ');
  }
}
