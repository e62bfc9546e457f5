package org.firstshift.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.notify.Inbox;
import org.firstshift.platform.notify.Notice;
import org.firstshift.platform.security.CurrentUser;

import java.util.List;

/** The signed-in person's inbox ({@code /profile/notices.xhtml}) and the unread count in the top bar. */
@Named
@RequestScoped
public class NoticesPage {

    @Inject
    Inbox inbox;

    @Inject
    CurrentUser user;

    @Inject
    LanguageChoice language;

    private Long unread;

    public List<Notice> getNotices() {
        return user.employeeId().map(inbox::of).orElse(List.of());
    }

    public long getUnread() {
        if (unread == null) {
            unread = user.isSignedIn() ? user.employeeId().map(inbox::unread).orElse(0L) : 0L;
        }
        return unread;
    }

    public String text(Notice notice) {
        return notice.text(language.getLocale());
    }

    public String markAllRead() {
        user.employeeId().ifPresent(inbox::markAllRead);
        return "/profile/notices.xhtml?faces-redirect=true";
    }
}
