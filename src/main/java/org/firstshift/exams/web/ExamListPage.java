package org.firstshift.exams.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.exams.application.LearnerExams;
import org.firstshift.platform.security.CurrentUser;

import java.util.List;

/** The learner's exams with attempts used, best score and whether passed. */
@Named
@RequestScoped
public class ExamListPage {

    @Inject
    LearnerExams exams;

    @Inject
    CurrentUser user;

    private List<LearnerExams.Overview> rows;

    public List<LearnerExams.Overview> getRows() {
        if (rows == null) {
            rows = user.employeeId().map(exams::of).orElse(List.of());
        }
        return rows;
    }
}
