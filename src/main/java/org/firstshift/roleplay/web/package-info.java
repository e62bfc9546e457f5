/** Role-play pages: the learner's list and chat-like play page, authors' check/graph/analytics, HR's objection view. */
package org.firstshift.roleplay.web;
