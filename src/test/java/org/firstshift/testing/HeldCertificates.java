package org.firstshift.testing;

import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Certification cycles made for one test, as an import from before FirstShift would leave them,
 * so a test never depends on the demo history that other tests may renew (the demo's expired
 * Igor passes the exam in CertificationExamIT).
 */
public final class HeldCertificates {
    private HeldCertificates() {
    }

    /** A new employee (created by HR) whose only RETAIL-SERVICE cycle ran out a month ago; returns the personnel number. */
    public static String lapsedHolder(URL base) throws Exception {
        String number = "CX-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Api.Reply created = Api.as(base, DemoUsers.HR).postJson("/api/employees", """
                {"personnelNumber":"%s","fullName":"Lena Lapsed %s","hireDate":"2024-01-05",
                 "position":"SALES_CONSULTANT","location":"STORE-MALL","payGrade":"G2","language":"en"}""".formatted(number, number));
        assertEquals(201, created.status(), created::toString);
        LocalDate today = LocalDate.now(java.time.Clock.systemUTC());
        insert(created.json().getJsonNumber("id").longValue(), today.minusMonths(13), today.minusMonths(1));
        return number;
    }

    /** Inserts a RETAIL-SERVICE cycle; returns its certificate code. */
    public static String insert(long employeeId, LocalDate from, LocalDate until) throws Exception {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt(ThreadLocalRandom.current().nextInt(32)));
        }
        try (Connection c = TestDatabase.connect(); var s = c.prepareStatement(
                "INSERT INTO certification_cycle (id, employee_id, certification_code, valid_from, valid_until, origin,"
                        + " certificate_code, granted_at, state, version) VALUES (?, ?, 'RETAIL-SERVICE', ?, ?, 'IMPORTED', ?, ?, 'ACTIVE', 0)")) {
            s.setLong(1, 6_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
            s.setLong(2, employeeId);
            s.setDate(3, Date.valueOf(from));
            s.setDate(4, Date.valueOf(until));
            s.setString(5, code.toString());
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        return code.toString();
    }
}
