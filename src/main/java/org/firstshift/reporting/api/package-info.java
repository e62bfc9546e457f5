/** REST boundary of the reporting module: {@code /api/reports/learning} as CSV or XLSX. */
package org.firstshift.reporting.api;
