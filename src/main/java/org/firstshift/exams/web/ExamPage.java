package org.firstshift.exams.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.exams.application.LearnerExams;
import org.firstshift.platform.security.CurrentUser;

/**
 * The take-exam page: the exam's facts and, when an attempt is open, its id. The questions
 * themselves are drawn and shown by the page's script through the REST API, so every answer is
 * saved on the server the moment it is given and a reload resumes where the learner was.
 */
@Named
@RequestScoped
public class ExamPage {

    @Inject
    LearnerExams exams;

    @Inject
    CurrentUser user;

    private String id;
    private LearnerExams.Overview overview;

    public void open() {
        overview = user.employeeId().flatMap(e -> exams.of(e).stream().filter(o -> o.exam().getCode().equals(id)).findFirst()).orElse(null);
    }

    public String getId() { return id; }
    public void setId(String id) { if (id != null) { this.id = id; } }
    /** Programs link activities with {@code ?ref=}; the exam list with {@code ?id=}. */
    public String getRef() { return id; }
    public void setRef(String ref) { if (ref != null) { this.id = ref; } }
    public LearnerExams.Overview getOverview() { return overview; }
}
