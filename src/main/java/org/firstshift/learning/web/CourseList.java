package org.firstshift.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.learning.application.Courses;
import org.firstshift.learning.domain.Course;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.web.FacesMessages;

import java.util.List;

/** The author's list of courses, and "Generate draft course" from a published standard. */
@Named
@RequestScoped
public class CourseList {

    @Inject
    Courses courses;

    @Inject
    LanguageChoice language;

    private List<Course> all;

    public List<Course> getCourses() {
        if (all == null) {
            all = courses.all();
        }
        return all;
    }

    /** Generates a draft course (one lesson per section) and opens it for editing. */
    public String generate(String standardCode) {
        Course[] generated = new Course[1];
        if (FacesMessages.attempt(() -> generated[0] = courses.generateFromStandard(standardCode))) {
            FacesMessages.info(Messages.of("standards", language.getLocale()).get("course.generated", generated[0].getCode()));
            FacesMessages.keepAcrossRedirect();
            return "/author/course.xhtml?faces-redirect=true&code=" + generated[0].getCode();
        }
        all = null;
        return null;
    }
}
