package de.presseschau.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * A news archive of any size made from the real sentences in ../shared (10kGNAD and the Wikinews
 * quotation articles), for speed measurements: each article has 8–30 random sentences in
 * paragraphs of 2–5, a headline of 4–10 words from another sentence, a date in 2000–2024 and a
 * source. Deterministic for a given size and seed; written as JSONL under target/ (these texts
 * may not be committed).
 */
final class SyntheticCorpus {

  static final long SEED = 20261202L;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"„»]?\\p{Lu})");
  private static final String[] SOURCES = {"dpa", "APA", "Reuters", "AFP", "derStandard.at", "Wikinews", null};

  private SyntheticCorpus() {}

  /** The corpus of {@code articles} articles in {@code dir}, written first if it is not there. */
  static Path ensure(SharedData shared, Path dir, int articles) throws IOException, SharedData.Problem {
    Path file = dir.resolve("synthetic-" + articles + "-" + SEED + ".jsonl");
    if (Files.isRegularFile(file)) {
      return file;
    }
    Files.createDirectories(dir);
    List<String> sentences = sentences(shared);
    Path tmp = dir.resolve(file.getFileName() + ".tmp");
    SplittableRandom random = new SplittableRandom(SEED);
    LocalDate first = LocalDate.of(2000, 1, 1);
    int days = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - first.toEpochDay());
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        JsonGenerator json = new JsonFactory().createGenerator(w)) {
      json.setRootValueSeparator(null);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < articles; i++) {
        text.setLength(0);
        int n = 8 + random.nextInt(23);
        int inParagraph = 0;
        int paragraph = 2 + random.nextInt(4);
        for (int s = 0; s < n; s++) {
          if (inParagraph == paragraph) {
            text.append("\n\n");
            inParagraph = 0;
            paragraph = 2 + random.nextInt(4);
          } else if (s > 0) {
            text.append(' ');
          }
          text.append(sentences.get(random.nextInt(sentences.size())));
          inParagraph++;
        }
        String[] words = sentences.get(random.nextInt(sentences.size())).split("\\s+");
        int titleWords = Math.min(words.length, 4 + random.nextInt(7));
        String title = String.join(" ", java.util.Arrays.copyOf(words, titleWords)).replaceAll("[.,;:!?]+$", "");
        json.writeStartObject();
        json.writeStringField("id", String.format("syn-%07d", i));
        json.writeStringField("title", title);
        json.writeStringField("date", first.plusDays(random.nextInt(days + 1)).toString());
        String source = SOURCES[random.nextInt(SOURCES.length)];
        if (source != null) {
          json.writeStringField("source", source);
        }
        json.writeStringField("text", text.toString());
        json.writeEndObject();
        json.writeRaw('\n');
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  /** Every sentence of 40–400 characters in the shared news texts, in file order. */
  static List<String> sentences(SharedData shared) throws IOException, SharedData.Problem {
    List<String> texts = new ArrayList<>(shared.tenKGnadTexts());
    ObjectMapper mapper = new ObjectMapper();
    for (String split : new String[] {"train", "dev"}) {
      for (String line : Files.readAllLines(shared.file("corpora/wikinews-quotes/" + split + ".jsonl"), StandardCharsets.UTF_8)) {
        JsonNode node = mapper.readTree(line);
        texts.add(node.path("originalText").asText(""));
      }
    }
    List<String> out = new ArrayList<>();
    for (String t : texts) {
      for (String s : SENTENCE_END.split(t.replace('\n', ' '))) {
        String st = s.strip();
        if (st.length() >= 40 && st.length() <= 400) {
          out.add(st);
        }
      }
    }
    return out;
  }
}
