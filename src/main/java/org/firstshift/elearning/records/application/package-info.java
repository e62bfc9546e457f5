/**
 * The observers that turn other modules' events into statements, and the writer that stores them
 * in a transaction of its own.
 */
package org.firstshift.elearning.records.application;
