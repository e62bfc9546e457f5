/**
 * The mapping of FirstShift's activities to xAPI statements (verbs, activity ids and types,
 * deterministic statement ids): plain functions, tested without a server.
 */
package org.firstshift.elearning.records.domain;
