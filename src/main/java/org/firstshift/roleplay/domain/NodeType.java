package org.firstshift.roleplay.domain;

/**
 * What a scenario node is: a customer's line, the trainee's choice, the trainee's own words
 * (free text, rated later by their mentor against the listed rules), a silent branch, or an ending.
 */
public enum NodeType {
    CUSTOMER, CHOICE, FREE_TEXT, BRANCH, END
}
