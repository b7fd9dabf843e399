package de.presseschau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything a careless or hostile folder can hold, indexed in one run through the real CLI: each
 * bad file or line gets one clear line on stderr, everything readable is indexed, no stack trace.
 */
class HostileInputCliTest {

  @TempDir Path tmp;

  @Test
  void oneLineEachAndTheRestIndexed() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2});
    Files.write(in.resolve("utf16.txt"), "Grüße aus Wien\n\nDer Bürgermeister spricht.".getBytes(StandardCharsets.UTF_16));
    Files.write(in.resolve("bom.txt"), "\uFEFFGrüße aus Graz\n\nDer Landeshauptmann spricht.".getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("latin1.txt"),
        "Grüße aus Köln\n\nDer Oberbürgermeister spricht über Straßen.".getBytes(Charset.forName("windows-1252")));
    Files.writeString(in.resolve("empty.txt"), "");
    try (OutputStream out = Files.newOutputStream(in.resolve("huge.txt"))) {
      out.write("Ein Protokoll\n\n".getBytes(StandardCharsets.UTF_8));
      byte[] block = "Die Sitzung des Ausschusses dauerte bis in den Abend. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 200_000_000L; written += block.length) {
        out.write(block);
      }
    }
    try (OutputStream out = Files.newOutputStream(in.resolve("longline.jsonl"))) {
      out.write("{\"id\": \"long\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] block = "Ein sehr langer Text über Haushaltspolitik. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50_000_000L; written += block.length) {
        out.write(block);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(in.resolve("truncated.jsonl"),
        "{\"id\": \"t1\", \"text\": \"abgeschnit\n{\"id\": \"t2\", \"text\": \"Vollständig in Linz.\"}\n");
    Files.writeString(in.resolve("types.jsonl"), "{\"id\": \"n5\", \"text\": 5}\n");
    Files.writeString(in.resolve("nested.jsonl"), "[".repeat(100_000) + "\n");
    Files.createSymbolicLink(in.resolve("loop"), in);
    Path tiny = Files.createDirectories(in.resolve("tiny"));
    for (int i = 0; i < 20_000; i++) {
      Files.writeString(tiny.resolve("t" + i + ".txt"), "Kurzmeldung " + i + "\n\nNummer " + i + " aus Salzburg.");
    }
    Path missing = tmp.resolve("missing");

    String idx = tmp.resolve("idx").toString();
    Cli.Run r = Cli.run("index", "--index", idx, in.toString(), missing.toString());
    List<String> err = r.err().lines().toList();
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    assertHas(err, "skipped " + in.resolve("binary.txt") + ": binary file (not text)");
    assertHas(err, "skipped " + in.resolve("empty.txt") + ": empty file");
    assertHas(err, "note: " + in.resolve("latin1.txt") + ": not UTF-8; read as Windows-1252 (Latin-1)");
    assertHas(err, "note: " + in.resolve("huge.txt") + ": article longer than 1,000,000 characters; indexed up to there");
    assertHas(err, "note: " + in.resolve("longline.jsonl") + ":1: article longer than 1,000,000 characters; indexed up to there");
    assertTrue(err.stream().anyMatch(l -> l.startsWith("skipped " + in.resolve("truncated.jsonl") + ":1: malformed JSON")), r.err());
    assertHas(err, "skipped " + in.resolve("types.jsonl") + ":1: \"text\" must be a string, not a number");
    assertTrue(err.stream().anyMatch(l -> l.startsWith("skipped " + in.resolve("nested.jsonl") + ":1: malformed JSON")), r.err());
    assertHas(err, "skipped " + in.resolve("loop") + ": cannot read: a link loop; not followed again");
    assertHas(err, "skipped " + missing + ": no such file or folder");
    String summary = err.getLast();
    // 20,000 tiny ones, utf16, bom, latin1, huge, longline, t2
    assertTrue(summary.contains(": 20006 added,"), summary);
    assertEquals(0, r.code(), "articles were indexed (exit 2 is for runs that indexed nothing)");
    assertTrue(Cli.run("show", "--index", idx, "bom").out().startsWith("Grüße aus Graz\n"), "no BOM in the title");
    assertEquals(0, Cli.run("--index", idx, "titel:Köln").code());
    assertEquals(0, Cli.run("--index", idx, "titel:Wien").code());
  }

  @Test
  void anUnreadableSubFolderIsReportedAndTheRestIndexed() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("perm"));
    Files.writeString(in.resolve("a.txt"), "Eins\n\nDie Nato in Madrid.");
    Path closed = Files.createDirectories(in.resolve("closed"));
    Files.writeString(closed.resolve("b.txt"), "Zwei\n\nDie Nato in Vilnius.");
    Files.setPosixFilePermissions(closed, java.util.Set.of());
    try {
      // As root every folder is readable: then there is nothing to test.
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(closed), "running as root");
      Cli.Run r = Cli.run("index", "--index", tmp.resolve("perm-idx").toString(), in.toString());
      assertTrue(r.err().contains("skipped " + closed + ": cannot read: permission denied"), r.err());
      assertTrue(r.err().contains(": 1 added,"), r.err());
    } finally {
      Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static void assertHas(List<String> lines, String line) {
    assertTrue(lines.contains(line), "missing: " + line + "\nin:\n" + String.join("\n", lines));
  }
}
