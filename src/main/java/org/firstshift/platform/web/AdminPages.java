package org.firstshift.platform.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.activity.ActivityType;
import org.firstshift.platform.activity.ActivityTypes;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.content.ContentBootstrap;
import org.firstshift.platform.content.ContentLoader;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/** The admin home: re-load the content folder (with its problem report) and see what is installed. */
@Named
@ViewScoped
public class AdminPages implements Serializable {

    @Inject
    ContentLoader loader;

    @Inject
    ContentBootstrap bootstrap;

    @Inject
    ActivityTypes activityTypes;

    @Inject
    LanguageChoice language;

    private List<ProblemItem> problems = List.of();
    private List<String> loaded = List.of();

    public void reload() {
        problems = List.of();
        loaded = List.of();
        Messages m = Messages.of("platform", language.getLocale());
        try {
            ContentLoader.LoadReport report = loader.load(bootstrap.configuredSource());
            loaded = report.files();
            FacesMessages.info(m.get("admin.content.loaded", report.company(), report.files().size()));
        } catch (InvalidInputException e) {
            problems = e.problems();
            FacesMessages.error(m.get("admin.content.refused", problems.size()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public List<ActivityType> getActivityTypes() {
        return activityTypes.all();
    }

    public boolean enabled(ActivityType type) {
        return activityTypes.isEnabled(type);
    }

    public String getContentSource() {
        try {
            return bootstrap.configuredSource().description();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    public List<ProblemItem> getProblems() { return problems; }
    public List<String> getLoaded() { return loaded; }
}
