/**
 * Certifications, cycles (each with its certificate code), date rules ({@link
 * org.firstshift.certification.domain.CertificationTerms}) and the badge signing key.
 */
package org.firstshift.certification.domain;
