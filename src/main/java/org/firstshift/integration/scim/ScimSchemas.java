package org.firstshift.integration.scim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discovery documents (RFC 7643 sections 5-7): what this provider supports, its resource
 * types, and the schemas of the attributes it reads and writes, including the enterprise user
 * extension and FirstShift's own extension.
 */
public final class ScimSchemas {
    public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public static final String FIRSTSHIFT = "urn:firstshift:params:scim:schemas:extension:2.0:User";
    public static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final String SPC = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";
    public static final int MAX_RESULTS = 200;

    private ScimSchemas() {
    }

    static Map<String, Object> serviceProviderConfig(String base) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("schemas", List.of(SPC));
        c.put("documentationUri", "https://github.com/firstshift/firstshift#connecting-an-hr-system-and-other-systems");
        c.put("patch", Map.of("supported", true));
        c.put("bulk", Map.of("supported", false, "maxOperations", 0, "maxPayloadSize", 0));
        c.put("filter", Map.of("supported", true, "maxResults", MAX_RESULTS));
        c.put("changePassword", Map.of("supported", false));
        c.put("sort", Map.of("supported", true));
        c.put("etag", Map.of("supported", true));
        c.put("authenticationSchemes", List.of(Map.of("type", "oauthbearertoken", "name", "FirstShift API token",
                "description", "A service token with the scim scope, created by an admin: Authorization: Bearer fs_...",
                "primary", true)));
        c.put("meta", Map.of("resourceType", "ServiceProviderConfig", "location", base + "/ServiceProviderConfig"));
        return c;
    }

    static List<Object> resourceTypes(String base) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("schemas", List.of(RESOURCE_TYPE));
        user.put("id", "User");
        user.put("name", "User");
        user.put("endpoint", "/Users");
        user.put("description", "An employee of the company, with their FirstShift login");
        user.put("schema", USER);
        user.put("schemaExtensions", List.of(Map.of("schema", ENTERPRISE, "required", false),
                Map.of("schema", FIRSTSHIFT, "required", false)));
        user.put("meta", Map.of("resourceType", "ResourceType", "location", base + "/ResourceTypes/User"));
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("schemas", List.of(RESOURCE_TYPE));
        group.put("id", "Group");
        group.put("name", "Group");
        group.put("endpoint", "/Groups");
        group.put("description", "A FirstShift role (LEARNER, MENTOR, HR, AUDITOR, AUTHOR, ADMIN); members hold it");
        group.put("schema", GROUP);
        group.put("meta", Map.of("resourceType", "ResourceType", "location", base + "/ResourceTypes/Group"));
        return List.of(user, group);
    }

    private static Map<String, Object> attr(String name, String type, boolean multi, boolean required,
                                            String mutability, String uniqueness, String description,
                                            List<Object> sub) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", name);
        a.put("type", type);
        a.put("multiValued", multi);
        a.put("description", description);
        a.put("required", required);
        a.put("caseExact", false);
        a.put("mutability", mutability);
        a.put("returned", "default");
        a.put("uniqueness", uniqueness);
        if (sub != null) {
            a.put("subAttributes", sub);
        }
        return a;
    }

    private static Map<String, Object> simple(String name, String type, String description) {
        return attr(name, type, false, false, "readWrite", "none", description, null);
    }

    private static Map<String, Object> schema(String id, String name, String description, List<Object> attributes, String base) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("schemas", List.of(SCHEMA));
        s.put("id", id);
        s.put("name", name);
        s.put("description", description);
        s.put("attributes", attributes);
        s.put("meta", Map.of("resourceType", "Schema", "location", base + "/Schemas/" + id));
        return s;
    }

    static List<Object> schemas(String base) {
        List<Object> user = new ArrayList<>();
        user.add(attr("userName", "string", false, true, "immutable", "server",
                "The FirstShift login (lower-case). Cannot change once created.", null));
        user.add(attr("name", "complex", false, false, "readWrite", "none", "The employee's name; formatted is the full name",
                List.of(simple("formatted", "string", "Full name"), simple("familyName", "string", "Last word of the full name"),
                        simple("givenName", "string", "The full name without its last word"))));
        user.add(simple("displayName", "string", "Full name"));
        user.add(attr("emails", "complex", true, false, "readWrite", "none", "The work e-mail (one is kept)",
                List.of(simple("value", "string", "Address"), simple("type", "string", "work"),
                        simple("primary", "boolean", "The one kept"))));
        user.add(simple("preferredLanguage", "string", "en or ru"));
        user.add(simple("active", "boolean", "false deactivates the employee and their login"));
        user.add(attr("groups", "complex", true, false, "readOnly", "none", "The roles held (change them through /Groups)",
                List.of(simple("value", "string", "Role"), simple("display", "string", "Role"))));
        List<Object> enterprise = List.of(
                attr("employeeNumber", "string", false, true, "immutable", "server",
                        "Personnel number: required at creation, never changes", null),
                attr("manager", "complex", false, false, "readWrite", "none", "The manager's SCIM id",
                        List.of(simple("value", "string", "The manager's id"), simple("displayName", "string", "Read only"))));
        List<Object> firstshift = List.of(
                attr("hireDate", "string", false, true, "readWrite", "none", "YYYY-MM-DD", null),
                attr("position", "string", false, true, "readWrite", "none", "Position code (see organisation.yaml)", null),
                attr("location", "string", false, true, "readWrite", "none", "Store or office code", null),
                simple("payGrade", "string", "Pay grade code"));
        List<Object> group = List.of(
                attr("displayName", "string", false, true, "readOnly", "server", "The role's name", null),
                attr("members", "complex", true, false, "readWrite", "none", "Users holding the role",
                        List.of(simple("value", "string", "User id"), simple("display", "string", "Full name"))));
        return List.of(
                schema(USER, "User", "Employee", user, base),
                schema(ENTERPRISE, "EnterpriseUser", "Enterprise user (employeeNumber, manager)", enterprise, base),
                schema(FIRSTSHIFT, "FirstShiftUser", "Hire date, position, location and pay grade codes", firstshift, base),
                schema(GROUP, "Group", "A FirstShift role", group, base));
    }
}
