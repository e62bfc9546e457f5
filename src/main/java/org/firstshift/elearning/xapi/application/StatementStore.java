package org.firstshift.elearning.xapi.application;

import org.firstshift.elearning.xapi.domain.JsonP;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import org.firstshift.elearning.xapi.domain.Attachment;
import org.firstshift.elearning.xapi.domain.StatementIndex;
import org.firstshift.elearning.xapi.domain.StatementQuery;
import org.firstshift.platform.persistence.FirstShiftDataSource;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statement tables through plain JDBC: statements are written in batches (the ingest path is
 * the LRS's hot path) and queried with filters built from a {@link StatementQuery}. Runs inside the
 * caller's JTA transaction (the container enlists the connection).
 */
@ApplicationScoped
public class StatementStore {

    @Resource(lookup = FirstShiftDataSource.JNDI_NAME)
    DataSource dataSource;

    /** A stored statement row. */
    public record Row(long seq, String id, boolean voided, boolean voiding, JsonObject body) {
    }

    /**
     * Writes the statements and their link rows with one multi-row INSERT each (per chunk of
     * {@link #ROWS_PER_INSERT}): fewer statements for the database to execute than a JDBC batch of
     * single-row inserts.
     */
    public void insert(List<Stored> statements) {
        List<Object[]> links = new ArrayList<>();
        for (Stored st : statements) {
            StatementIndex i = st.index();
            for (String a : i.activities()) {
                if (a.length() <= 600) { // longer than the index column; still found as the main object
                    links.add(new Object[]{i.statementId(), "A", a});
                }
            }
            for (String g : i.agents()) {
                if (g.length() <= 600) {
                    links.add(new Object[]{i.statementId(), "G", g});
                }
            }
        }
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < statements.size(); from += ROWS_PER_INSERT) {
                List<Stored> chunk = statements.subList(from, Math.min(statements.size(), from + ROWS_PER_INSERT));
                try (PreparedStatement s = c.prepareStatement("INSERT INTO xapi_statement (statement_id, stored, actor_ifi, verb_id,"
                        + " object_activity, object_agent_ifi, target_statement, registration, voiding, voided, credential_id, body) VALUES "
                        + String.join(",", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))) {
                    int n = 1;
                    for (Stored st : chunk) {
                        StatementIndex i = st.index();
                        s.setString(n++, i.statementId());
                        s.setObject(n++, LocalDateTime.ofInstant(st.stored(), ZoneOffset.UTC));
                        s.setString(n++, i.actorIfi());
                        s.setString(n++, i.verbId());
                        s.setString(n++, i.objectActivity());
                        s.setString(n++, i.objectAgentIfi());
                        s.setString(n++, i.targetStatement());
                        s.setString(n++, i.registration());
                        s.setBoolean(n++, i.voiding());
                        s.setBoolean(n++, false);
                        if (st.credentialId() == null) {
                            s.setNull(n++, java.sql.Types.BIGINT);
                        } else {
                            s.setLong(n++, st.credentialId());
                        }
                        s.setString(n++, st.text() != null ? st.text() : st.body().toString());
                    }
                    s.executeUpdate();
                }
            }
            for (int from = 0; from < links.size(); from += ROWS_PER_INSERT * 4) {
                List<Object[]> chunk = links.subList(from, Math.min(links.size(), from + ROWS_PER_INSERT * 4));
                try (PreparedStatement l = c.prepareStatement("INSERT INTO xapi_statement_link (statement_id, kind, link_value) VALUES "
                        + String.join(",", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?)")))) {
                    int n = 1;
                    for (Object[] row : chunk) {
                        l.setString(n++, (String) row[0]);
                        l.setString(n++, (String) row[1]);
                        l.setString(n++, (String) row[2]);
                    }
                    l.executeUpdate();
                }
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new DuplicateIds();
            }
            throw new IllegalStateException("storing statements failed: " + e.getMessage(), e);
        }
    }

    /** SQLSTATE of a unique key violation (PostgreSQL and H2 alike). */
    static final String UNIQUE_VIOLATION = "23505";

    /** A statement id of the batch is already stored (or was stored meanwhile by another request). */
    public static class DuplicateIds extends RuntimeException {
        public DuplicateIds() {
            super("a statement id of the batch is already stored", null, false, false);
        }
    }

    /** Rows per INSERT statement: 12 parameters each stays far below the drivers' parameter limits. */
    static final int ROWS_PER_INSERT = 100;

    /**
     * What is to be written: the final statement, its text when the client's own text is kept (else
     * null: the statement is serialised), its index and who wrote it.
     */
    public record Stored(JsonObject body, String text, StatementIndex index, Instant stored, Long credentialId) {
    }

    public Map<String, Row> byIds(Collection<String> ids) {
        Map<String, Row> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT seq, statement_id, voided, voiding, body FROM xapi_statement WHERE statement_id IN (" + marks + ")")) {
            int n = 1;
            for (String id : ids) {
                s.setString(n++, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Row row = row(r);
                    found.put(row.id(), row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading statements failed: " + e.getMessage(), e);
        }
        return found;
    }

    public Optional<Row> byId(String id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
    }

    public void markVoided(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE xapi_statement SET voided = ? WHERE statement_id = ? AND voiding = ?")) {
            for (String id : ids) {
                s.setBoolean(1, true);
                s.setString(2, id);
                s.setBoolean(3, false);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("voiding statements failed: " + e.getMessage(), e);
        }
    }

    /** One page of a query plus one more row (to know whether there is a next page). */
    public List<Row> query(StatementQuery q, String forcedActorIfi) {
        StringBuilder sql = new StringBuilder("SELECT s.seq, s.statement_id, s.voided, s.voiding, s.body FROM xapi_statement s WHERE s.voided = ?");
        List<Object> args = new ArrayList<>();
        args.add(Boolean.FALSE);
        if (q.agentIfi() != null) {
            if (q.relatedAgents()) {
                sql.append(" AND EXISTS (SELECT 1 FROM xapi_statement_link l WHERE l.kind = 'G' AND l.link_value = ? AND l.statement_id = s.statement_id)");
                args.add(q.agentIfi());
            } else {
                sql.append(" AND (s.actor_ifi = ? OR s.object_agent_ifi = ?)");
                args.add(q.agentIfi());
                args.add(q.agentIfi());
            }
        }
        if (forcedActorIfi != null) {
            sql.append(" AND s.actor_ifi = ?");
            args.add(forcedActorIfi);
        }
        if (q.verb() != null) {
            sql.append(" AND s.verb_id = ?");
            args.add(q.verb());
        }
        if (q.activity() != null) {
            if (q.relatedActivities()) {
                sql.append(" AND EXISTS (SELECT 1 FROM xapi_statement_link l WHERE l.kind = 'A' AND l.link_value = ? AND l.statement_id = s.statement_id)");
            } else {
                sql.append(" AND s.object_activity = ?");
            }
            args.add(q.activity());
        }
        if (q.registration() != null) {
            sql.append(" AND s.registration = ?");
            args.add(q.registration());
        }
        if (q.since() != null) {
            sql.append(" AND s.stored > ?");
            args.add(LocalDateTime.ofInstant(q.since(), ZoneOffset.UTC));
        }
        if (q.until() != null) {
            sql.append(" AND s.stored <= ?");
            args.add(LocalDateTime.ofInstant(q.until(), ZoneOffset.UTC));
        }
        if (q.cursor() != null) {
            sql.append(q.ascending() ? " AND s.seq > ?" : " AND s.seq < ?");
            args.add(q.cursor());
        }
        sql.append(q.ascending() ? " ORDER BY s.seq ASC" : " ORDER BY s.seq DESC").append(" LIMIT ?");
        args.add(q.limit() + 1);
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("querying statements failed: " + e.getMessage(), e);
        }
        return rows;
    }

    /** Stores attachment contents not yet stored (they are named by their hash, so a stored one is the same). */
    public void insertAttachments(Collection<Attachment> attachments, Instant now) {
        if (attachments.isEmpty()) {
            return;
        }
        Map<String, byte[]> known = attachmentContents(attachments.stream().map(Attachment::sha2).toList()).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().content()));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO xapi_attachment (sha2, content_type, content, stored) VALUES (?, ?, ?, ?)")) {
            boolean any = false;
            for (Attachment a : attachments) {
                if (known.containsKey(a.sha2())) {
                    continue;
                }
                s.setString(1, a.sha2());
                s.setString(2, a.contentType().length() > 200 ? a.contentType().substring(0, 200) : a.contentType());
                s.setBytes(3, a.content());
                s.setObject(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
                s.addBatch();
                any = true;
            }
            if (any) {
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing attachments failed: " + e.getMessage(), e);
        }
    }

    /** Stored attachment contents by hash. */
    public Map<String, Attachment> attachmentContents(Collection<String> hashes) {
        Map<String, Attachment> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        String marks = String.join(",", java.util.Collections.nCopies(hashes.size(), "?"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT sha2, content_type, content FROM xapi_attachment WHERE sha2 IN (" + marks + ")")) {
            int n = 1;
            for (String h : hashes) {
                s.setString(n++, h);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.put(r.getString(1), new Attachment(r.getString(1), r.getString(2), r.getBytes(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading attachments failed: " + e.getMessage(), e);
        }
        return found;
    }

    /** The latest statement whose object is the activity, if any. */
    public Optional<JsonObject> latestAbout(String activityId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT seq, statement_id, voided, voiding, body FROM xapi_statement"
                     + " WHERE object_activity = ? ORDER BY seq DESC LIMIT 1")) {
            s.setString(1, activityId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r).body()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading statements failed: " + e.getMessage(), e);
        }
    }

    /** Replaces the actor of every statement by this agent (privacy erasure); returns how many changed. */
    public int replaceActor(String actorIfi, JsonObject agent, String agentIfi) {
        int changed = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE xapi_statement SET actor_ifi = ?, body = ? WHERE seq = ?");
             PreparedStatement l = c.prepareStatement("UPDATE xapi_statement_link SET link_value = ? WHERE kind = 'G' AND link_value = ?")) {
            for (Row r : ofActor(actorIfi)) {
                s.setString(1, agentIfi);
                s.setString(2, JsonP.JSON.createObjectBuilder(r.body()).add("actor", agent).build().toString());
                s.setLong(3, r.seq());
                s.addBatch();
                changed++;
            }
            if (changed > 0) {
                s.executeBatch();
            }
            l.setString(1, agentIfi);
            l.setString(2, actorIfi);
            l.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("anonymising statements failed: " + e.getMessage(), e);
        }
        return changed;
    }

    /** Statement ids whose actor is the given agent (for the privacy export and erasure). */
    public List<Row> ofActor(String actorIfi) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT seq, statement_id, voided, voiding, body FROM xapi_statement WHERE actor_ifi = ? ORDER BY seq")) {
            s.setString(1, actorIfi);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading statements failed: " + e.getMessage(), e);
        }
        return rows;
    }

    private static Row row(ResultSet r) throws SQLException {
        try (var reader = JsonP.JSON.createReader(new StringReader(r.getString(5)))) {
            return new Row(r.getLong(1), r.getString(2), r.getBoolean(3), r.getBoolean(4), reader.readObject());
        }
    }
}
