/**
 * Report documents ({@link org.tradeshock.report.Report}), their pure Markdown and HTML renderers,
 * and {@link org.tradeshock.report.ReportWriter}, the only class here that touches the file system.
 */
package org.tradeshock.report;
