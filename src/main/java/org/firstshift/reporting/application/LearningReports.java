package org.firstshift.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.firstshift.learning.application.Enrolments;
import org.firstshift.learning.application.Progress;
import org.firstshift.learning.domain.ActivityProgress;
import org.firstshift.learning.domain.Enrolment;
import org.firstshift.learning.domain.ProgramActivity;
import org.firstshift.learning.domain.ProgramPlan;
import org.firstshift.people.application.EmployeeQuery;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.activity.ActivityTypes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the learning report from the people and learning modules' services. Whatever the size
 * of the company it reads with a fixed number of queries: the matching employees (one), every
 * active enrolment (one, plus one per program for its activities), progress in batches of a
 * thousand employees, and one per distinct overdue activity for its title. Everything is held in
 * memory while the report is built: fine for a few thousand employees, not for hundreds of
 * thousands (that would need paging or a reporting table fed by events).
 */
@ApplicationScoped
public class LearningReports {

    @Inject
    People people;

    @Inject
    Enrolments enrolments;

    @Inject
    Progress progress;

    @Inject
    ActivityTypes activityTypes;

    @Inject
    Clock clock;

    /** The report for today; activity titles in the given language. One transaction gives one consistent snapshot. */
    @Transactional
    public LearningReport run(ReportFilter filter, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<Employee> employees = people.search(
                new EmployeeQuery(null, filter.location(), filter.position(), false, 0, Integer.MAX_VALUE));
        Map<Long, Employee> byId = employees.stream().collect(Collectors.toMap(Employee::getId, e -> e));
        Map<Long, List<Enrolment>> enrolled = enrolments.allActive().stream()
                .filter(en -> byId.containsKey(en.getEmployeeId()) && filter.includesProgram(en.getProgram().getCode()))
                .collect(Collectors.groupingBy(Enrolment::getEmployeeId));
        Map<Long, Map<String, ActivityProgress>> done = progress.allOf(enrolled.keySet());
        Function<ProgramActivity, String> titles = titlesIn(locale);
        List<EmployeeProgress> rows = new ArrayList<>();
        for (Employee e : employees) { // People's order: by name
            Learner learner = Learner.of(e);
            for (Enrolment en : enrolled.getOrDefault(e.getId(), List.of())) {
                rows.add(EmployeeProgress.of(learner, en.getProgram(), done.getOrDefault(e.getId(), Map.of()),
                        today, clock.getZone(), titles));
            }
        }
        return LearningReport.of(today, filter, rows);
    }

    /** Activity titles looked up once per activity, not once per overdue employee. */
    private Function<ProgramActivity, String> titlesIn(Locale locale) {
        Map<String, String> cache = new HashMap<>();
        return a -> cache.computeIfAbsent(ProgramPlan.key(a.getTypeKey(), a.getRef()),
                key -> activityTypes.byKey(a.getTypeKey()).title(a.getRef(), locale));
    }
}
