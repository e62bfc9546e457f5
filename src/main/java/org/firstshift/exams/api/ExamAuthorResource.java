package org.firstshift.exams.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.exams.application.BankYaml;
import org.firstshift.exams.application.ExamAuthoring;
import org.firstshift.exams.application.ExamCatalog;
import org.firstshift.exams.application.QuestionBank;
import org.firstshift.exams.domain.ItemAnalysis;
import org.firstshift.exams.domain.Question;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.security.Role;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Authors' side of exams: the bank with its answer key, blueprints, item analysis, and QTI/CSV
 * import and export. Learners never reach these paths.
 */
@RequestScoped
@Path("author/exams")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
public class ExamAuthorResource {
    static final int MAX_UPLOAD = 20 * 1024 * 1024;

    @Inject
    QuestionBank bank;

    @Inject
    ExamCatalog catalog;

    @Inject
    ExamAuthoring authoring;

    public record QuestionRow(String id, int revision, String type, List<String> rules, List<String> topics, int difficulty,
                              String text, List<String> key, String origin) {
    }

    @GET
    @Path("bank")
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public List<QuestionRow> bank() {
        return bank.current().stream().map(r -> {
            Question q = bank.parse(r);
            return new QuestionRow(r.getCode(), r.getRevision(), r.getType(), r.getRules(), r.getTopics(), r.getDifficulty(),
                    r.getTextEn(), q.key(), r.getOrigin());
        }).toList();
    }

    /** The exam's blueprint in the authors' YAML form. */
    @GET
    @Path("{code}")
    @Produces({MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public Map<String, Object> blueprint(@PathParam("code") String code) {
        return BankYaml.toMap(catalog.blueprint(catalog.get(code)));
    }

    @GET
    @Path("{code}/analysis")
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public List<ItemAnalysis.Item> analysis(@PathParam("code") String code) {
        return authoring.analysis(code);
    }

    @GET
    @Path("{code}/qti")
    @Produces("application/zip")
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public Response exportExam(@PathParam("code") String code) {
        return Response.ok(authoring.exportQti(code)).header("Content-Disposition", "attachment; filename=\"" + code + "-qti.zip\"").build();
    }

    @GET
    @Path("bank/qti")
    @Produces("application/zip")
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public Response exportBank() {
        return Response.ok(authoring.exportBank()).header("Content-Disposition", "attachment; filename=\"question-bank-qti.zip\"").build();
    }

    /** A QTI 2.1 content package (zip): items, and tests that become exams. 422 lists every problem; nothing is stored then. */
    @POST
    @Path("qti")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public ExamAuthoring.Imported importQti(byte[] zip, @QueryParam("name") String name) {
        if (zip == null || zip.length == 0 || zip.length > MAX_UPLOAD) {
            throw new InvalidInputException("file", "send a QTI zip package of at most 20 MB");
        }
        return authoring.importQti(name == null || name.isBlank() ? "package.zip" : name, zip);
    }

    /** Questions as CSV (see the format in the authors' page). */
    @POST
    @Path("bank/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public ExamAuthoring.Imported importCsv(byte[] csv, @QueryParam("name") String name) {
        if (csv == null || csv.length == 0 || csv.length > MAX_UPLOAD) {
            throw new InvalidInputException("file", "send a CSV file of at most 20 MB");
        }
        return authoring.importCsv(name == null || name.isBlank() ? "questions.csv" : name, new String(csv, StandardCharsets.UTF_8));
    }

}
