package org.firstshift.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.firstshift.people.application.EmployeeCsvImport;
import org.firstshift.people.application.EmployeeQuery;
import org.firstshift.people.application.NewEmployee;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.Role;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Employees for HR and admins: list and search, read, create, change, deactivate, CSV import. */
@jakarta.enterprise.context.RequestScoped
@Path("employees")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class EmployeeResource {

    @Inject
    People people;

    @Inject
    EmployeeCsvImport csvImport;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    private Locale locale() {
        return Languages.best(headers.getAcceptableLanguages());
    }

    private EmployeeView view(Employee e) {
        return EmployeeView.of(e, people.loginOf(e.getId()).orElse(null), locale());
    }

    @GET
    public List<EmployeeView> list(@QueryParam("q") String q, @QueryParam("location") String location,
                                   @QueryParam("position") String position,
                                   @QueryParam("inactive") @DefaultValue("false") boolean inactive,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("100") int max) {
        return people.search(new EmployeeQuery(q, location, position, inactive, Math.max(0, first), Math.min(Math.max(1, max), 500)))
                .stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    public EmployeeView get(@PathParam("id") long id) {
        return view(people.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(EmployeeInput in, @jakarta.ws.rs.core.Context UriInfo uri) {
        require(in);
        if (in.personnelNumber() == null || in.personnelNumber().isBlank()) {
            throw new InvalidInputException("personnelNumber", "personnel number is required");
        }
        Employee e = people.create(new NewEmployee(in.personnelNumber().strip(), details(in),
                in.username() == null || in.username().isBlank() ? null : in.username().strip(), roles(in), null));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(e.getId())).build()).entity(view(e)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EmployeeView update(@PathParam("id") long id, EmployeeInput in) {
        require(in);
        return view(people.update(id, details(in)));
    }

    @POST
    @Path("{id}/deactivate")
    public EmployeeView deactivate(@PathParam("id") long id) {
        people.deactivate(id);
        return view(people.get(id));
    }

    /** CSV upload (the body is the file): all rows or none; 422 lists every problem by row and column. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public EmployeeCsvImport.ImportResult importCsv(InputStream body) {
        return csvImport.importCsv(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    private static void require(EmployeeInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "a JSON employee is required");
        }
        if (in.hireDate() == null) {
            throw new InvalidInputException("hireDate", "hire date is required (YYYY-MM-DD)");
        }
    }

    private org.firstshift.people.domain.EmployeeDetails details(EmployeeInput in) {
        try {
            return people.details(in.fullName(), in.email(), in.hireDate(), in.position(), in.location(), in.payGrade(),
                    in.language() == null ? "en" : in.language());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("employee", e.getMessage());
        }
    }

    private static Set<Role> roles(EmployeeInput in) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (in.roles() != null) {
            for (String r : in.roles()) {
                roles.add(Role.parse(r).orElseThrow(() -> new InvalidInputException("roles", "unknown role '" + r + "'")));
            }
        }
        return roles;
    }
}
