package de.presseschau.query;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The fields a query may name, each with its German and English name: resolved here only. */
enum QueryField {
  TITLE("titel", "title"),
  BODY("text", "body", "inhalt"),
  SPEAKER("sprecher", "speaker"),
  LOCATION("ort", "location"),
  DATE("datum", "date"),
  YEAR("jahr", "year"),
  SOURCE("quelle", "source"),
  ID("id");

  /** For messages: the German names. */
  static final String KNOWN = "titel, text, sprecher, ort, datum, jahr, quelle, id";

  private static final Map<String, QueryField> BY_NAME = byName();

  private final String[] names;

  QueryField(String... names) {
    this.names = names;
  }

  /** The field a typed name stands for, in any case. */
  static Optional<QueryField> named(CharSequence name) {
    return Optional.ofNullable(BY_NAME.get(name.toString().toLowerCase(Locale.ROOT)));
  }

  /** Where words of this field are looked for; null for date and year, which take days. */
  QueryNode.Scope scope() {
    return switch (this) {
      case TITLE -> QueryNode.Scope.TITLE;
      case BODY -> QueryNode.Scope.BODY;
      case SPEAKER -> QueryNode.Scope.SPEAKER;
      case LOCATION -> QueryNode.Scope.LOCATION;
      case SOURCE -> QueryNode.Scope.SOURCE;
      case ID -> QueryNode.Scope.ID;
      case DATE, YEAR -> null;
    };
  }

  String germanName() {
    return names[0];
  }

  private static Map<String, QueryField> byName() {
    Map<String, QueryField> m = new java.util.HashMap<>();
    for (QueryField f : values()) {
      for (String n : f.names) {
        m.put(n, f);
      }
    }
    return Map.copyOf(m);
  }
}
