/**
 * Role-play scenarios for objection handling: branching dialogues (customer lines, the trainee's
 * choices, branches on the running score or earlier choices, endings) where every response is
 * scored against the standard's rules. Owns {@code content/<company>/roleplay/*.yaml}, the
 * {@code roleplay} activity type, the chat-like play page, debriefs linking missed rules to
 * lessons, per-choice analytics for authors and objection statistics for HR, and
 * {@code /api/scenarios}, {@code /api/roleplay-attempts}.
 */
package org.firstshift.roleplay;
