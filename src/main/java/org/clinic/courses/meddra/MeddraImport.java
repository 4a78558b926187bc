package org.clinic.courses.meddra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.InvalidInputException;
import org.hibernate.Session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.*;
import java.util.regex.Pattern;

/**
 * Imports one MedDRA release from the MSSO ASCII files. The files are read line by line and written
 * in JDBC batches ({@value #BATCH} rows), so the 80,000 LLTs of a release never sit in memory as
 * entities; only the PT codes and each PT's primary SOC are held. One transaction: a bad line
 * anywhere stores nothing.
 */
@ApplicationScoped
public class MeddraImport {
    static final int BATCH = 1000;
    private static final Pattern VERSION = Pattern.compile("\\d{1,2}\\.\\d{1,2}");
    private static final int MAX_ERRORS = 20;

    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** The files of one release; {@code release} (meddra_release.asc) is optional when a version is given. */
    public record Files3(Path llt, Path pt, Path mdhier, Path release) {
    }

    public record Imported(long id, String version, int llts, int pts) {
    }

    @Transactional
    public Imported run(String versionField, Files3 files, String user) {
        List<FieldError> errors = new ArrayList<>();
        String version = version(versionField, files.release(), errors);
        if (files.llt() == null) errors.add(new FieldError("llt", "choose the release's llt.asc"));
        if (files.pt() == null) errors.add(new FieldError("pt", "choose the release's pt.asc"));
        if (files.mdhier() == null) errors.add(new FieldError("mdhier", "choose the release's mdhier.asc"));
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        if (((Number) em.createNativeQuery("select count(*) from meddra_release where version = ?1")
                .setParameter(1, version).getSingleResult()).longValue() > 0) {
            throw new ConflictException("MedDRA " + version + " is already imported");
        }
        Map<String, AsciiRecords.Hierarchy> primarySoc = new HashMap<>();
        lines(files.mdhier(), "mdhier", (line, n) -> {
            var h = AsciiRecords.hierarchy(line, n, errors);
            if (h != null && h.primary()) primarySoc.put(h.ptCode(), h);
        }, errors);
        check(errors);
        Instant now = Instant.now(clock);
        em.createNativeQuery("insert into meddra_release (version, language, llt_count, pt_count, imported_at, imported_by)"
                        + " values (?1, ?2, 0, 0, ?3, ?4)").setParameter(1, version).setParameter(2, "English")
                .setParameter(3, now.atOffset(ZoneOffset.UTC)).setParameter(4, user).executeUpdate();
        long id = ((Number) em.createNativeQuery("select id from meddra_release where version = ?1")
                .setParameter(1, version).getSingleResult()).longValue();
        Set<String> pts = new HashSet<>();
        int[] llts = {0};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement pt = connection.prepareStatement("insert into meddra_pt"
                    + " (release_id, pt_code, pt_name, soc_code, soc_name) values (?, ?, ?, ?, ?)")) {
                lines(files.pt(), "pt", (line, n) -> {
                    var p = AsciiRecords.pt(line, n, errors);
                    if (p == null || !errors.isEmpty()) return;
                    if (!pts.add(p.code())) {
                        errors.add(new FieldError("pt", "line " + n + " repeats PT " + p.code()));
                        return;
                    }
                    var soc = primarySoc.get(p.code());
                    add(pt, pts.size(), id, p.code(), p.name(), soc == null ? null : soc.socCode(), soc == null ? null : soc.socName());
                }, errors);
                execute(pt);
            }
            check(errors);
            try (PreparedStatement llt = connection.prepareStatement("insert into meddra_llt"
                    + " (release_id, llt_code, llt_name, pt_code, is_current, normalised) values (?, ?, ?, ?, ?, ?)")) {
                lines(files.llt(), "llt", (line, n) -> {
                    var l = AsciiRecords.llt(line, n, errors);
                    if (l == null || !errors.isEmpty()) return;
                    if (!pts.contains(l.ptCode())) {
                        errors.add(new FieldError("llt", "line " + n + ": PT " + l.ptCode() + " is not in pt.asc"));
                        return;
                    }
                    add(llt, ++llts[0], id, l.code(), l.name(), l.ptCode(), l.current(), MeddraTerms.normalise(l.name()));
                }, errors);
                execute(llt);
            }
        });
        check(errors);
        if (llts[0] == 0) throw new InvalidInputException("llt", "llt.asc holds no terms");
        em.createNativeQuery("update meddra_release set llt_count = ?1, pt_count = ?2 where id = ?3")
                .setParameter(1, llts[0]).setParameter(2, pts.size()).setParameter(3, id).executeUpdate();
        audit.record("MEDDRA_IMPORTED", "MeddraRelease", id, "MedDRA " + version + ": " + llts[0] + " LLTs, " + pts.size() + " PTs");
        return new Imported(id, version, llts[0], pts.size());
    }

    private static String version(String field, Path releaseFile, List<FieldError> errors) {
        String version = field == null || field.isBlank() ? null : field.strip();
        if (version == null && releaseFile != null) {
            try (BufferedReader r = Files.newBufferedReader(releaseFile, StandardCharsets.UTF_8)) {
                version = AsciiRecords.releaseVersion(stripBom(r.readLine()));
            } catch (IOException | UncheckedIOException e) {
                errors.add(new FieldError("release", "meddra_release.asc cannot be read"));
                return null;
            }
        }
        if (version == null) {
            errors.add(new FieldError("version", "give the release version (for example 27.0) or its meddra_release.asc"));
        } else if (!VERSION.matcher(version).matches()) {
            errors.add(new FieldError("version", "must look like 27.0"));
            version = null;
        }
        return version;
    }

    private interface LineHandler {
        void line(String line, int number) throws SQLException;
    }

    private static void lines(Path file, String field, LineHandler handler, List<FieldError> errors) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && errors.size() < MAX_ERRORS) {
                handler.line(n == 0 ? stripBom(line) : line, ++n);
            }
        } catch (IOException | UncheckedIOException e) {
            errors.add(new FieldError(field, "cannot be read as UTF-8 text"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(PreparedStatement ps, int count, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) ps.setObject(i + 1, values[i]);
        ps.addBatch();
        if (count % BATCH == 0) ps.executeBatch();
    }

    private static void execute(PreparedStatement ps) throws SQLException {
        ps.executeBatch();
    }

    private static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) throw new InvalidInputException(List.copyOf(errors));
    }

    private static String stripBom(String line) {
        return line != null && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
