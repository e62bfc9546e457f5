/** The admin page for LRS keys ({@code /admin/xapi-keys.xhtml}). */
package org.firstshift.elearning.xapi.web;
