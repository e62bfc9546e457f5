package org.firstshift.integration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.integration.application.EventTypes;
import org.firstshift.integration.application.WebhookSender;
import org.firstshift.integration.application.Webhooks;
import org.firstshift.integration.domain.Scope;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.util.List;

/**
 * Webhooks for admins (or a service token with the {@code webhooks} scope): register, list,
 * switch off/on, send a test event, list deliveries with status and attempts, redeliver by hand.
 */
@RequestScoped
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_ROLE, Scope.WEBHOOKS_GROUP})
public class WebhookResource {

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookSender sender;

    @Inject
    CurrentUser user;

    @GET
    public List<WebhookView> list() {
        return webhooks.all().stream().map(h -> WebhookView.of(h, null)).toList();
    }

    @GET
    @Path("event-types")
    public List<String> eventTypes() {
        return EventTypes.KNOWN;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(WebhookInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "a JSON webhook is required");
        }
        Webhooks.Registered r = webhooks.register(in.url(), in.eventTypes(), in.description(), user.getUsername());
        return Response.status(Response.Status.CREATED).entity(WebhookView.of(r.hook(), r.secret())).build();
    }

    @GET
    @Path("{id}")
    public WebhookView get(@PathParam("id") long id) {
        return WebhookView.of(webhooks.get(id), null);
    }

    /** Switches the hook off (it is kept, with its deliveries); nothing more is queued for it. */
    @DELETE
    @Path("{id}")
    public WebhookView switchOff(@PathParam("id") long id) {
        return WebhookView.of(webhooks.setActive(id, false), null);
    }

    @POST
    @Path("{id}/activate")
    public WebhookView switchOn(@PathParam("id") long id) {
        return WebhookView.of(webhooks.setActive(id, true), null);
    }

    @POST
    @Path("{id}/test")
    public Response sendTest(@PathParam("id") long id) {
        DeliveryView queued = DeliveryView.of(webhooks.sendTest(id));
        sender.soon();
        return Response.status(Response.Status.ACCEPTED).entity(queued).build();
    }

    @GET
    @Path("{id}/deliveries")
    public List<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("max") @DefaultValue("100") int max) {
        return webhooks.deliveries(id, Math.min(Math.max(1, max), 500)).stream().map(DeliveryView::of).toList();
    }

    @GET
    @Path("deliveries/{deliveryId}")
    public DeliveryView delivery(@PathParam("deliveryId") long id) {
        return DeliveryView.of(webhooks.delivery(id));
    }

    @POST
    @Path("deliveries/{deliveryId}/redeliver")
    public Response redeliver(@PathParam("deliveryId") long id) {
        DeliveryView queued = DeliveryView.of(webhooks.redeliver(id));
        sender.soon();
        return Response.status(Response.Status.ACCEPTED).entity(queued).build();
    }
}
