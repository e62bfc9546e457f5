/** Standards entities: standards, versions, sections, rules with stable ids and phrases, and version diffs. */
package org.firstshift.standards.domain;
