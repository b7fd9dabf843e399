package de.presseschau.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.presseschau.index.Fields;
import de.presseschau.index.IndexSchema;
import de.presseschau.search.RankingOptions;

/**
 * The settings and mapping of an archive's OpenSearch index: the fields of the embedded index
 * ({@link Fields}) with the plugin's analyzers, BM25 with the archive's k1 and b, so that the
 * same query scores the same. The whole-word field is filled from title and body by copy_to, the
 * name text fields from the name keywords. The spelling field is left out ("did you mean" is
 * embedded-only).
 */
final class IndexMapping {

  /** The analyzers the presseschau-analysis plugin registers. */
  static final String GERMAN = "presseschau_german";
  static final String WHOLE = "presseschau_whole";
  static final String NAMES = "presseschau_names";
  /** Where the schema version is kept (the mapping's _meta), checked on open. */
  static final String SCHEMA_META = "presseschau_schema";

  private IndexMapping() {}

  static ObjectNode body(ObjectMapper json, RankingOptions ranking, int shards, int replicas) {
    ObjectNode root = json.createObjectNode();
    ObjectNode index = root.putObject("settings").putObject("index");
    index.put("number_of_shards", shards);
    index.put("number_of_replicas", replicas);
    index.put("refresh_interval", "1s");
    ObjectNode bm25 = index.putObject("similarity").putObject("default");
    bm25.put("type", "BM25");
    bm25.put("k1", ranking.k1());
    bm25.put("b", ranking.b());

    ObjectNode mappings = root.putObject("mappings");
    mappings.put("dynamic", "strict");
    mappings.putObject("_meta").put(SCHEMA_META, IndexSchema.VERSION);
    ObjectNode p = mappings.putObject("properties");
    keyword(p, Fields.ID);
    text(p, Fields.TITLE, GERMAN).put("index_options", "offsets").putArray("copy_to").add(Fields.WHOLE);
    text(p, Fields.BODY, GERMAN).put("index_options", "offsets").putArray("copy_to").add(Fields.WHOLE);
    // Lucene puts no gap between the two values (title, body) of the embedded whole-word field.
    text(p, Fields.WHOLE, WHOLE).put("position_increment_gap", 0);
    p.putObject(Fields.DATE).put("type", "date").put("format", "strict_date");
    keyword(p, Fields.YEAR);
    keyword(p, Fields.SPEAKER).putArray("copy_to").add(Fields.SPEAKER_TEXT);
    text(p, Fields.SPEAKER_TEXT, NAMES);
    keyword(p, Fields.LOCATION).putArray("copy_to").add(Fields.LOCATION_TEXT);
    text(p, Fields.LOCATION_TEXT, NAMES);
    keyword(p, Fields.ORGANISATION);
    keyword(p, Fields.SOURCE);
    keyword(p, Fields.FILE);
    keyword(p, Fields.URL).put("index", false).put("doc_values", false);
    return root;
  }

  private static ObjectNode keyword(ObjectNode properties, String field) {
    return properties.putObject(field).put("type", "keyword");
  }

  private static ObjectNode text(ObjectNode properties, String field, String analyzer) {
    return properties.putObject(field).put("type", "text").put("analyzer", analyzer);
  }
}
