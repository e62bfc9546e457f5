/** Certification: application layer. */
package org.firstshift.certification.application;
