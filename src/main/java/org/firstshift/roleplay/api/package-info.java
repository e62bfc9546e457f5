/** REST boundary of role-plays: {@code /api/scenarios}, {@code /api/roleplay-attempts}. */
package org.firstshift.roleplay.api;
