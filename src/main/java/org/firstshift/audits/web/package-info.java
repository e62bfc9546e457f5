/** Audits: web layer (see the module's package-info). */
package org.firstshift.audits.web;
