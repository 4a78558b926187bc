import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar of the packaged app (target/quarkus-app) with its entries stored, not deflated.
 * At start the class loader reads some 15,000 class files out of these jars (also the ones the
 * class-data archive then supplies); inflating them was about 0.2 s of the start's main thread
 * (docs/performance.md, "Start and footprint"). The entries' names, order, contents and times stay
 * the same, so signatures and the app's class index still hold. A jar already stored is left alone.
 *
 * Run by the build (pom.xml, after quarkus:build):  java src/build/java/StoreJars.java target/quarkus-app
 */
public final class StoreJars {
    public static void main(String[] args) throws IOException {
        Path app = Path.of(args.length > 0 ? args[0] : "target/quarkus-app");
        List<Path> jars;
        try (Stream<Path> files = Files.walk(app)) {
            jars = files.filter(f -> f.toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().toList();
        }
        int rewritten = 0;
        for (Path jar : jars) {
            if (store(jar)) {
                rewritten++;
            }
        }
        System.out.println("StoreJars: " + rewritten + " of " + jars.size() + " jars in " + app + " rewritten with stored entries");
    }

    /** Rewrites one jar with stored entries; false if every entry already was. */
    static boolean store(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".storing");
        try (ZipFile in = new ZipFile(jar.toFile())) {
            if (in.stream().allMatch(e -> e.getMethod() == ZipEntry.STORED)) {
                return false;
            }
            try (OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
                out.setMethod(ZipOutputStream.STORED);
                for (ZipEntry entry : in.stream().toList()) {
                    byte[] content;
                    try (InputStream data = in.getInputStream(entry)) {
                        content = data.readAllBytes();
                    }
                    out.putNextEntry(storedCopy(entry, content));
                    out.write(content);
                    out.closeEntry();
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static ZipEntry storedCopy(ZipEntry entry, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry stored = new ZipEntry(entry.getName());
        stored.setMethod(ZipEntry.STORED);
        stored.setSize(content.length);
        stored.setCompressedSize(content.length);
        stored.setCrc(crc.getValue());
        stored.setTime(entry.getTime());
        return stored;
    }
}
