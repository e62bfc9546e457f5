package org.firstshift.integration.domain;

/** PENDING (waiting for its time) -> SENDING (claimed by one node) -> DELIVERED, or back to PENDING, or FAILED after the last attempt. */
public enum DeliveryStatus {
    PENDING, SENDING, DELIVERED, FAILED
}
