package org.firstshift.people.domain;

import org.firstshift.platform.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmployeeTest {
    static final Position CONSULTANT = new Position("SALES_CONSULTANT", new LocalizedText("Sales consultant", "Продавец-консультант"));
    static final Position CASHIER = new Position("CASHIER", new LocalizedText("Cashier", "Кассир"));
    static final Location CENTRAL = new Location("STORE-CENTRAL", new LocalizedText("Central", "Центральный"), "Riverton");
    static final Location MALL = new Location("STORE-MALL", new LocalizedText("Mall", "ТЦ"), "Riverton");

    static EmployeeDetails details(Position p, Location l) {
        return new EmployeeDetails("Anna Petrova", "anna@example.org", LocalDate.of(2026, 11, 20), p, l, null, "ru-RU");
    }

    @Test
    void anEmployeeNeedsANameAHireDateAPositionAndAStore() {
        assertThrows(IllegalArgumentException.class, () -> new Employee("NW-1",
                new EmployeeDetails(" ", null, LocalDate.now(), CONSULTANT, CENTRAL, null, "en")));
        assertThrows(NullPointerException.class, () -> new Employee("NW-1",
                new EmployeeDetails("Anna", null, null, CONSULTANT, CENTRAL, null, "en")));
        assertThrows(IllegalArgumentException.class, () -> new Employee(" ", details(CONSULTANT, CENTRAL)));
    }

    @Test
    void theLanguageIsNormalisedToAProductLanguage() {
        assertEquals("ru", new Employee("NW-1", details(CONSULTANT, CENTRAL)).getLanguage());
        Employee e = new Employee("NW-2", new EmployeeDetails("Tom", null, LocalDate.now(), CASHIER, MALL, null, "de"));
        assertEquals("en", e.getLanguage());
    }

    @Test
    void aChangeOfPositionOrStoreIsAMove() {
        Employee e = new Employee("NW-1", details(CONSULTANT, CENTRAL));
        assertFalse(e.movesWith(details(CONSULTANT, CENTRAL)));
        assertTrue(e.movesWith(details(CASHIER, CENTRAL)));
        assertTrue(e.movesWith(details(CONSULTANT, MALL)));
    }

    @Test
    void daysInRoleCountFromTheHireDate() {
        Employee e = new Employee("NW-1", details(CONSULTANT, CENTRAL));
        assertEquals(0, e.daysInRole(LocalDate.of(2026, 11, 20)));
        assertEquals(3, e.daysInRole(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void mentoringHasADateRangeAndNobodyMentorsThemselves() {
        Employee anna = new Employee("NW-1", details(CONSULTANT, CENTRAL));
        Employee mikhail = new Employee("NW-2", details(CONSULTANT, CENTRAL));
        MentorAssignment a = new MentorAssignment(mikhail, anna, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20));
        assertTrue(a.isActiveOn(LocalDate.of(2026, 11, 20)));
        assertTrue(a.isActiveOn(LocalDate.of(2026, 12, 20)));
        assertFalse(a.isActiveOn(LocalDate.of(2026, 12, 21)));
        assertFalse(a.isActiveOn(LocalDate.of(2026, 11, 19)));
        assertThrows(IllegalArgumentException.class, () -> new MentorAssignment(anna, anna, LocalDate.now(), null));
        assertThrows(IllegalArgumentException.class,
                () -> new MentorAssignment(mikhail, anna, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 1)));
        assertThrows(IllegalArgumentException.class, () -> a.endOn(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void codesAreUpperCaseAndShort() {
        assertTrue(Codes.isValid("STORE-MALL"));
        assertFalse(Codes.isValid("store mall"));
        assertThrows(IllegalArgumentException.class, () -> new Position("cashier", new LocalizedText("Cashier", null)));
    }
}
