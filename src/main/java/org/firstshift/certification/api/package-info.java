/** Certification: api layer. */
package org.firstshift.certification.api;
