package org.firstshift.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.firstshift.people.domain.EmployeeDetails;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.PermissionDeniedException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.Accounts;
import org.firstshift.platform.security.Role;
import org.firstshift.platform.security.RoleGrants;
import org.firstshift.platform.security.Usernames;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports new employees from a CSV file (UTF-8, comma or semicolon separated, header row).
 * Every row is checked first; if any row is wrong the answer lists every problem (row, column,
 * what) and nothing is written. Otherwise all rows are written in one transaction. A row asking for
 * a role the importer may not grant ({@link RoleGrants}: HR grants only LEARNER and MENTOR) makes
 * the answer a refusal (403) listing every such row.
 */
@ApplicationScoped
public class EmployeeCsvImport {
    public static final List<String> REQUIRED = List.of("personnel_number", "full_name", "hire_date", "position", "location");
    public static final List<String> OPTIONAL = List.of("email", "pay_grade", "language", "username", "roles");
    public static final int MAX_ROWS = 20_000;
    static final String FILE = "employees.csv";

    @Inject
    People people;

    @Inject
    Organisation organisation;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    RoleGrants grants;

    public record ImportResult(int imported, List<String> personnelNumbers) {
    }

    @Transactional(rollbackOn = Exception.class)
    public ImportResult importCsv(Reader csv) {
        List<NewEmployee> rows = check(csv);
        List<String> numbers = new ArrayList<>();
        for (NewEmployee row : rows) {
            numbers.add(people.create(row).getPersonnelNumber());
        }
        audit.record("Employee", "import", AuditAction.IMPORTED, "Imported " + rows.size() + " employees from CSV",
                null, java.util.Map.of("personnel_numbers", numbers));
        return new ImportResult(rows.size(), numbers);
    }

    /** Parses and checks every row; throws with all problems, or returns the rows to create. */
    List<NewEmployee> check(Reader csv) {
        List<ProblemItem> problems = new ArrayList<>();
        List<NewEmployee> rows = new ArrayList<>();
        Set<Integer> refusedRows = new HashSet<>();
        String text = readAll(csv);
        if (text.isBlank()) {
            throw new InvalidInputException("The file is empty.", List.of(ProblemItem.at(FILE, 1, null, "the file is empty")));
        }
        char delimiter = firstLine(text).chars().filter(c -> c == ';').count() > firstLine(text).chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : header) {
                if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
                    problems.add(ProblemItem.at(FILE, 1, column, "unknown column (expected: " + String.join(", ", REQUIRED)
                            + "; optional: " + String.join(", ", OPTIONAL) + ")"));
                }
            }
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    problems.add(ProblemItem.at(FILE, 1, column, "required column is missing"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException("The header row is wrong; nothing was imported.", problems);
            }
            Set<String> numbers = new HashSet<>();
            Set<String> usernames = new HashSet<>();
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1; // the header is row 1
                if (row > MAX_ROWS + 1) {
                    problems.add(ProblemItem.at(FILE, row, null, "too many rows: at most " + MAX_ROWS + " per file"));
                    break;
                }
                if (!record.isConsistent()) {
                    problems.add(ProblemItem.at(FILE, row, null, "has " + record.size() + " values but the header has " + header.size()));
                    continue;
                }
                NewEmployee candidate = row(record, row, header, numbers, usernames, problems, refusedRows);
                if (candidate != null) {
                    rows.add(candidate);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(ProblemItem.at(FILE, 1, null, "not a readable CSV file: " + e.getMessage()));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ProblemItem.at(FILE, 2, null, "no employee rows under the header"));
        }
        if (!problems.isEmpty()) {
            String summary = problems.size() + " problem(s) found; nothing was imported.";
            // A role the importer may not grant makes the whole file a refusal (403), not a typo (422).
            if (!refusedRows.isEmpty()) {
                throw new PermissionDeniedException(summary, problems);
            }
            throw new InvalidInputException(summary, problems);
        }
        return rows;
    }

    private NewEmployee row(CSVRecord r, int row, List<String> header, Set<String> numbers, Set<String> usernames,
                            List<ProblemItem> problems, Set<Integer> refusedRows) {
        int before = problems.size();
        String number = value(r, header, "personnel_number");
        String name = value(r, header, "full_name");
        for (String column : REQUIRED) {
            if (value(r, header, column).isEmpty()) {
                problems.add(ProblemItem.at(FILE, row, column, "is empty"));
            }
        }
        if (!number.isEmpty()) {
            if (!numbers.add(number)) {
                problems.add(ProblemItem.at(FILE, row, "personnel_number", "'" + number + "' appears more than once in the file"));
            } else if (people.byPersonnelNumber(number).isPresent()) {
                problems.add(ProblemItem.at(FILE, row, "personnel_number", "an employee with '" + number + "' already exists"));
            }
        }
        LocalDate hired = null;
        String hireText = value(r, header, "hire_date");
        if (!hireText.isEmpty()) {
            try {
                hired = LocalDate.parse(hireText);
            } catch (DateTimeParseException e) {
                problems.add(ProblemItem.at(FILE, row, "hire_date", "'" + hireText + "' is not a date in the form YYYY-MM-DD"));
            }
        }
        String position = value(r, header, "position");
        if (!position.isEmpty() && organisation.position(position).isEmpty()) {
            problems.add(ProblemItem.at(FILE, row, "position", "unknown position '" + position + "'"));
        }
        String location = value(r, header, "location");
        if (!location.isEmpty() && organisation.location(location).isEmpty()) {
            problems.add(ProblemItem.at(FILE, row, "location", "unknown location '" + location + "'"));
        }
        String grade = value(r, header, "pay_grade");
        if (!grade.isEmpty() && organisation.payGrade(grade).isEmpty()) {
            problems.add(ProblemItem.at(FILE, row, "pay_grade", "unknown pay grade '" + grade + "'"));
        }
        String language = value(r, header, "language");
        if (!language.isEmpty() && Languages.supported(language).isEmpty()) {
            problems.add(ProblemItem.at(FILE, row, "language", "'" + language + "' is not supported (en or ru)"));
        }
        String email = value(r, header, "email");
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(ProblemItem.at(FILE, row, "email", "'" + email + "' is not an e-mail address"));
        }
        String username = value(r, header, "username");
        if (!username.isEmpty()) {
            if (!Usernames.isValid(username)) {
                problems.add(ProblemItem.at(FILE, row, "username", "'" + username + "' is not a valid user name"));
            } else if (!usernames.add(username)) {
                problems.add(ProblemItem.at(FILE, row, "username", "'" + username + "' appears more than once in the file"));
            } else if (accounts.byUsername(username).isPresent()) {
                problems.add(ProblemItem.at(FILE, row, "username", "'" + username + "' is already taken"));
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : value(r, header, "roles").split("[;|, ]+")) {
            if (!role.isBlank()) {
                Role.parse(role).ifPresentOrElse(roles::add,
                        () -> problems.add(ProblemItem.at(FILE, row, "roles", "unknown role '" + role + "'")));
            }
        }
        if (!roles.isEmpty() && username.isEmpty()) {
            problems.add(ProblemItem.at(FILE, row, "roles", "roles need a username in the same row"));
        }
        Set<Role> refused = grants.refused(roles.isEmpty() ? Set.of(Role.LEARNER) : roles);
        if (!refused.isEmpty() && !username.isEmpty()) {
            problems.add(ProblemItem.at(FILE, row, "roles", grants.refusalMessage(refused)));
            refusedRows.add(row);
        }
        if (problems.size() > before) {
            return null;
        }
        EmployeeDetails details = people.details(name, email, hired, position, location, grade, language.isEmpty() ? "en" : language);
        return new NewEmployee(number, details, username.isEmpty() ? null : username, roles, null);
    }

    private static String value(CSVRecord r, List<String> header, String column) {
        return header.contains(column) && r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
    }

    private static String readAll(Reader reader) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = reader.read(buf)) > 0) {
                sb.append(buf, 0, n);
                if (sb.length() > 10 * 1024 * 1024) {
                    throw new InvalidInputException("The file is larger than 10 MB.",
                            List.of(ProblemItem.at(FILE, 1, null, "the file is larger than 10 MB")));
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
