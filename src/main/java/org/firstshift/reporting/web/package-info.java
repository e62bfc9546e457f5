/** Pages of the reporting module: HR's learning view with filters and download links. */
package org.firstshift.reporting.web;
