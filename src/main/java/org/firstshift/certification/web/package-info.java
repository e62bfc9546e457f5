/** Certification: web layer. */
package org.firstshift.certification.web;
