/** Role-play use cases: reading and checking scenarios, playing, debriefs, analytics, content files. */
package org.firstshift.roleplay.application;
