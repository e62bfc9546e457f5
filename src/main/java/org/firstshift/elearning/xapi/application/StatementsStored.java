package org.firstshift.elearning.xapi.application;

import jakarta.json.JsonObject;

import java.util.List;

/**
 * Fired synchronously, inside the storing transaction, after a batch of new statements is written
 * (as stored: id, stored, authority filled in). An observer may refuse the batch by throwing an
 * {@link org.firstshift.elearning.xapi.domain.XapiException}: the transaction rolls back and the
 * writer gets that status. cmi5 launches use it to evaluate moveOn (their statement rules are a {@link StatementGate}).
 */
public record StatementsStored(List<JsonObject> statements, Authority authority) {
}
