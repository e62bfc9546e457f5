/** Audits: application layer (see the module's package-info). */
package org.firstshift.audits.application;
