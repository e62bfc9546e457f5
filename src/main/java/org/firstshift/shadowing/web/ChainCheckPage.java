package org.firstshift.shadowing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.shadowing.application.ChainVerification;

import java.io.Serializable;

/** The admin's button to verify every trainee's sign-off chain, with the first break per trainee. */
@Named
@ViewScoped
public class ChainCheckPage implements Serializable {

    @Inject
    ChainVerification verification;

    private ChainVerification.ChainReport report;

    public void verify() {
        report = verification.verifyAll();
    }

    public ChainVerification.ChainReport getReport() {
        return report;
    }
}
