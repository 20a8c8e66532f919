/**
 * Chart factories that build XChart charts in memory with one shared style and palette; they do no
 * I/O (encode with {@link org.tradeshock.report.ChartImages} or let the report writer do it).
 */
package org.tradeshock.chart;
