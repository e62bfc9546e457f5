package org.firstshift.shadowing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.web.FacesMessages;
import org.firstshift.shadowing.application.Confirmations;
import org.firstshift.shadowing.application.ShadowingProgress;
import org.firstshift.shadowing.application.TraineePins;
import org.firstshift.shadowing.application.TraineeShadowing;

import java.io.Serializable;
import java.util.List;

/**
 * The trainee's shadowing page: what is signed off and what remains per task, the sign-offs
 * waiting for their confirmation (one by one or all shown at once), and their confirmation PIN.
 */
@Named
@ViewScoped
public class MyShadowingPage implements Serializable {

    @Inject
    CurrentUser user;

    @Inject
    ShadowingProgress progress;

    @Inject
    Confirmations confirmations;

    @Inject
    TraineePins pins;

    @Inject
    LanguageChoice language;

    private List<ConfirmationRow> awaiting = List.of();
    private String pin;
    private String pinAgain;
    private transient TraineeShadowing shadowing;

    @PostConstruct
    void open() {
        snapshot();
    }

    private void snapshot() {
        shadowing = null;
        awaiting = getShadowing() == null ? List.of()
                : getShadowing().awaitingConfirmation().stream().map(ConfirmationRow::of).toList();
    }

    public TraineeShadowing getShadowing() {
        if (shadowing == null && user.employeeId().isPresent()) {
            shadowing = progress.of(user.employeeId().get());
        }
        return shadowing;
    }

    public void confirm(long recordId) {
        confirmThese(List.of(recordId));
    }

    public void confirmAll() {
        confirmThese(awaiting.stream().map(ConfirmationRow::recordId).toList());
    }

    private void confirmThese(List<Long> ids) {
        if (ids.isEmpty() || user.employeeId().isEmpty()) {
            return;
        }
        int[] count = new int[1];
        if (FacesMessages.attempt(() -> count[0] = confirmations.confirmOwn(user.employeeId().get(), ids))) {
            FacesMessages.info(Messages.of("shadowing", language.getLocale()).get("learner.confirmed", count[0]));
        }
        snapshot();
    }

    public void savePin() {
        Messages m = Messages.of("shadowing", language.getLocale());
        if (pin == null || !pin.equals(pinAgain)) {
            FacesMessages.error(m.get("pin.mismatch"));
            return;
        }
        if (user.employeeId().isPresent() && FacesMessages.attempt(() -> pins.set(user.employeeId().get(), pin))) {
            FacesMessages.info(m.get("pin.saved"));
        }
        pin = pinAgain = null;
    }

    public boolean isPinSet() {
        return user.employeeId().map(pins::isSet).orElse(false);
    }

    public List<ConfirmationRow> getAwaiting() { return awaiting; }
    public String getPin() { return pin; }
    public void setPin(String pin) { this.pin = pin; }
    public String getPinAgain() { return pinAgain; }
    public void setPinAgain(String pinAgain) { this.pinAgain = pinAgain; }
}
