package org.firstshift.integration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.firstshift.platform.results.EmployeeResultEvent;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every {@link EmployeeResultEvent} into outbox rows once its transaction has committed (so a
 * rolled-back result is never announced). The type name comes from the event class
 * ({@link EventTypes#of}): a module that adds a new result event needs no change here. Queueing
 * runs in its own transaction and a failure is only logged: the result is already saved and must
 * stay so, whatever happens to webhooks.
 */
@ApplicationScoped
public class WebhookEvents {
    private static final Logger LOG = Logger.getLogger(WebhookEvents.class.getName());

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookSender sender;

    void onResult(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmployeeResultEvent event) {
        String type = EventTypes.of(event.getClass());
        try {
            if (webhooks.enqueue(type, event.at(), Webhooks.data(event, event.employeeId(), event.at())) > 0) {
                sender.soon();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not queue webhook deliveries for " + type + " of employee " + event.employeeId(), e);
        }
    }
}
