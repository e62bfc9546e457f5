package org.firstshift.learning.application;

import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Assignments created in the running transaction, by employee and activity. A bulk writer (an
 * agency import of many visits) reads without flushing, so its queries cannot see what it has not
 * flushed yet; this keeps a second failed visit in the same file from assigning the same activity
 * twice. Bounded by employees × activities, not by the number of visits.
 */
@TransactionScoped
public class AssignmentsInTransaction implements Serializable {
    private final Map<String, Long> ids = new HashMap<>();

    static String key(long employeeId, String typeKey, String ref) {
        return employeeId + "|" + typeKey + "|" + ref;
    }

    Long find(long employeeId, String typeKey, String ref) {
        return ids.get(key(employeeId, typeKey, ref));
    }

    void remember(long employeeId, String typeKey, String ref, long id) {
        ids.put(key(employeeId, typeKey, ref), id);
    }
}
