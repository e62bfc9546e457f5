package org.firstshift.motivation.application;

import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayrollLayoutTest {
    private static final PayrollExport.Row ROW = new PayrollExport.Row("NW-1", "Anna Smirnova", "MSK-01", "TRAINEE", null,
            "CONSULTANT", "G2", LocalDate.of(2026, 12, 1), "hr", LocalDate.of(2026, 11, 30));

    @Test
    void aLayoutChoosesOrdersAndNamesColumns() {
        PayrollLayout layout = PayrollLayout.parse(" to_grade:New grade , personnel_number:Employee No,effective_from", "columns");
        assertArrayEquals(new String[]{"New grade", "Employee No", "effective_from"}, layout.headers());
        assertArrayEquals(new Object[]{"G2", "NW-1", LocalDate.of(2026, 12, 1)}, ROW.cells(layout));
    }

    @Test
    void theCsvFollowsTheLayout() throws IOException {
        StringWriter out = new StringWriter();
        PayrollExport.csv(List.of(ROW), PayrollLayout.parse("personnel_number:Tab.-Nr.,from_grade:Old,to_grade:New", "columns"), out);
        assertEquals("Tab.-Nr.,Old,New\r\nNW-1,,G2\r\n", out.toString());
    }

    @Test
    void theXlsxIsWrittenForAnyLayout() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PayrollExport.xlsx(List.of(ROW), PayrollLayout.parse("approved_on:Approved,full_name", "columns"), out);
        assertTrue(out.size() > 100);
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PayrollLayout.parse("salary,to_grade:Grade,to_tier:Grade,,full_name:", "columns"));
        List<String> messages = e.problems().stream().map(ProblemItem::message).toList();
        assertEquals(4, messages.size(), messages::toString);
        assertTrue(messages.get(0).contains("'salary' is not a payroll field; known fields: personnel_number"), messages.get(0));
        assertTrue(messages.get(1).contains("'Grade' is used twice"));
        assertTrue(messages.get(2).contains("empty column"));
        assertTrue(messages.get(3).contains("header of 'full_name'"));
    }

    @Test
    void anEmptyLayoutIsRefused() {
        assertThrows(InvalidInputException.class, () -> PayrollLayout.parse(" ", "columns"));
    }

    @Test
    void theDefaultLayoutKeepsTheOldColumns() {
        assertEquals(String.join(",", PayrollLayout.FIELDS), String.join(",", PayrollLayout.DEFAULT.headers()));
    }
}
