package org.clinic.courses.proof;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker/start.sh, the image's entry point, with a stand-in {@code java} that logs its arguments: which
 * class-data archive a start records or maps, that a recording is mapped only after the JVM checked it
 * whole, and that an instance only ever removes its own archives.
 */
class StartScriptTest {
    @TempDir
    Path dir;
    Path app;
    Path cds;
    Path calls;

    @BeforeEach
    void fakeAppAndJava() throws IOException {
        app = Files.createDirectories(dir.resolve("app"));
        Files.createDirectories(app.resolve("lib/main"));
        Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        cds = app.resolve("cds");
        calls = dir.resolve("calls.log");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        // -version is the script's check of a recording: it passes when the file says "whole"
        Files.writeString(java, """
                #!/bin/sh
                echo "$*" >> "%s"
                for a in "$@"; do
                  case $a in
                    -XX:SharedArchiveFile=*) f=${a#*=} ;;
                    -XX:ArchiveClassesAtExit=*) echo partial > "${a#*=}" ;;
                  esac
                done
                case "$*" in *-version*) grep -q whole "$f" && exit 0; exit 134 ;; esac
                exit 0
                """.formatted(calls));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String start(String instance) throws Exception {
        ProcessBuilder process = new ProcessBuilder("sh", Path.of("docker/start.sh").toAbsolutePath().toString(), app.toString())
                .redirectErrorStream(true);
        Map<String, String> env = process.environment();
        env.put("PATH", dir.resolve("bin") + ":" + env.get("PATH"));
        env.remove("JAVA_OPTS");
        env.remove("TRACKER_CDS_DIR");
        env.remove("TRACKER_JIT_OPTS");
        if (instance == null) env.remove("TRACKER_INSTANCE_NAME");
        else env.put("TRACKER_INSTANCE_NAME", instance);
        Process p = process.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), output);
        return output;
    }

    private String lastJavaCall() throws IOException {
        List<String> lines = Files.readAllLines(calls);
        return lines.get(lines.size() - 1);
    }

    private Set<String> archives() throws IOException {
        try (Stream<Path> files = Files.list(cds)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private Path only(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    @Test
    void theFirstStartRecordsAndALaterStartMapsTheCheckedArchive() throws Exception {
        start("app1");
        assertTrue(lastJavaCall().contains("-XX:ArchiveClassesAtExit="), lastJavaCall());
        assertTrue(lastJavaCall().contains("-XX:Tier4InvocationThreshold=50000"), "C2 later by default");
        Path recording = only("-app1.jsa.recording");
        Files.writeString(recording, "whole");

        start("app1");
        assertTrue(lastJavaCall().contains("-XX:SharedArchiveFile=" + cds.resolve(recording.getFileName().toString()
                .replace(".recording", ""))), lastJavaCall());
        assertTrue(lastJavaCall().endsWith("-jar " + app.resolve("quarkus-run.jar")), lastJavaCall());
        assertFalse(archives().stream().anyMatch(f -> f.endsWith(".recording")), archives().toString());
    }

    @Test
    void aRecordingCutShortIsRecordedAgainNotMapped() throws Exception {
        start("app1");
        start("app1"); // the stand-in wrote "partial": the check fails
        assertTrue(lastJavaCall().contains("-XX:ArchiveClassesAtExit="), lastJavaCall());
        assertFalse(archives().stream().anyMatch(f -> f.endsWith("-app1.jsa")), archives().toString());
    }

    @Test
    void anArchiveShorterThanWhenItWasCheckedIsNotMapped() throws Exception {
        start(null);
        Files.writeString(only(".jsa.recording"), "whole");
        start(null);
        Path archive = only(".jsa");
        Files.writeString(archive, "cut"); // a mapped short archive would crash the JVM (SIGBUS)
        start(null);
        assertTrue(lastJavaCall().contains("-XX:ArchiveClassesAtExit="), lastJavaCall());
    }

    @Test
    void theCheckOfARecordingReadsEveryPartOfIt() throws Exception {
        start("app1");
        Files.writeString(only("-app1.jsa.recording"), "whole");
        start("app1");
        String check = Files.readAllLines(calls).stream().filter(c -> c.contains("-version")).findFirst().orElseThrow();
        assertTrue(check.contains("-XX:+VerifySharedSpaces"), "every region's checksum, not the header only: " + check);
    }

    @Test
    void anArchiveWrittenOverAtTheSameSizeIsRecordedAgainNotMapped() throws Exception {
        start(null);
        Files.writeString(only(".jsa.recording"), "whole");
        start(null);
        Path archive = only(".jsa");
        Files.writeString(archive, "holes"); // same size, other bytes: mapped, it crashed the JVM (SIGSEGV)
        Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.from(
                Files.getLastModifiedTime(archive).toInstant().plusSeconds(5)));
        start(null);
        assertTrue(lastJavaCall().contains("-XX:ArchiveClassesAtExit="), lastJavaCall());
    }

    @Test
    void anInstanceRemovesOnlyItsOwnArchivesOfOtherBuilds() throws Exception {
        Files.createDirectories(cds);
        for (String name : List.of("course-tracker-111-app1.jsa", "course-tracker-111-app1.jsa.size",
                "course-tracker-222.jsa", "course-tracker-333-app-2.jsa")) {
            Files.writeString(cds.resolve(name), "whole");
        }
        start(null);
        assertTrue(archives().containsAll(List.of("course-tracker-111-app1.jsa", "course-tracker-333-app-2.jsa")), archives().toString());
        assertFalse(archives().contains("course-tracker-222.jsa"), "the unnamed instance's old build goes");

        start("app1");
        assertFalse(archives().contains("course-tracker-111-app1.jsa"), archives().toString());
        assertTrue(archives().contains("course-tracker-333-app-2.jsa"), archives().toString());
    }

    @Test
    void withTheArchiveOffItStartsPlainJava() throws Exception {
        ProcessBuilder process = new ProcessBuilder("sh", Path.of("docker/start.sh").toAbsolutePath().toString(), app.toString());
        process.environment().put("PATH", dir.resolve("bin") + ":" + process.environment().get("PATH"));
        process.environment().put("TRACKER_CDS", "off");
        process.environment().put("TRACKER_JIT_OPTS", "");
        process.environment().put("JAVA_OPTS", "-Xmx256m");
        assertEquals(0, process.start().waitFor());
        assertEquals("-Xmx256m -jar " + app.resolve("quarkus-run.jar"), lastJavaCall());
    }
}
