/** Role-play entities: scenario graphs (nodes, responses, branches), stored scenarios, attempts and choices. */
package org.firstshift.roleplay.domain;
