/**
 * Reporting use cases: the learning report (rows per employee and program, aggregates, overdue
 * list) as plain records computed without a container, the service that gathers its inputs, and
 * the spreadsheet formats it is exported in.
 */
package org.firstshift.reporting.application;
