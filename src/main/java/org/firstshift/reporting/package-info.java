/**
 * Reporting: HR's views across people and learning (completion by store and position, the
 * overdue list, time-to-ready per new hire) and their CSV and XLSX exports. Owns no tables: it
 * reads other modules only through their application services ({@code People},
 * {@code Enrolments}, {@code Progress}) and computes every figure on request. Serves
 * {@code /hr/learning.xhtml} and {@code /api/reports/learning}.
 */
package org.firstshift.reporting;
