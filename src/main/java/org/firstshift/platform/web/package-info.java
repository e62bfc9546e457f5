/** Page-level platform beans: sign-in, sign-out, landing and the top bar's navigation. */
package org.firstshift.platform.web;
