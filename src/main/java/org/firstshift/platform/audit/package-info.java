/**
 * The audit trail: an append-only record of every change to people, grades and results, written
 * in the same transaction as the change, with who, when, what and the state before and after.
 */
package org.firstshift.platform.audit;
