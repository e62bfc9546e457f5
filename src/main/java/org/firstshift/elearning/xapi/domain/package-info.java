/**
 * xAPI values and rules that need no server: the statement validator, inverse functional
 * identifiers of agents, what a statement is indexed by, query parameters, and the entities for
 * credentials and documents.
 */
package org.firstshift.elearning.xapi.domain;
