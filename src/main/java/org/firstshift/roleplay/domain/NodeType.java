package org.firstshift.roleplay.domain;

/** What a scenario node is: a customer's line, the trainee's choice, a silent branch, or an ending. */
public enum NodeType {
    CUSTOMER, CHOICE, BRANCH, END
}
