# Shared by ./search and ./evaluate: finds a JDK 21+ and (re)builds a module's jar when its
# sources changed. Sourced, not run.

# Java decodes command-line arguments with the locale's charset: under a C/POSIX locale (no LANG,
# as in minimal CI environments) "Verbindungsbüro" would arrive garbled. Use a UTF-8 locale.
case "$(locale charmap 2>/dev/null)" in
  UTF-8|utf8) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac

# Prints the path of a `java` (21 or newer): $JAVA_HOME, then `java` on the PATH, then the
# newest JDK under the usual install folders. Nobody has to set JAVA_HOME.
presseschau_find_java() {
  local candidates=() c v best="" best_v=0
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for c in /usr/lib/jvm/*/bin/java /usr/java/*/bin/java /opt/java/*/bin/java /opt/*/bin/java \
           "$HOME"/.sdkman/candidates/java/*/bin/java "$HOME"/.jdks/*/bin/java; do
    [ -x "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    [ -x "$c" ] || continue
    # `java -version` prints e.g. openjdk version "25.0.1" or "1.8.0_392".
    v=$("$c" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$c"; best_v="$v"; fi
  done
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}

# True when the jar is missing or older than any source, resource or pom it is built from.
presseschau_needs_build() {
  local root="$1" jar="$2"
  shift 2
  [ -f "$jar" ] || return 0
  [ -n "$(find "$root/pom.xml" "$@" -newer "$jar" -type f \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -print -quit 2>/dev/null)" ]
}

# Builds the given module (and what it needs) quietly; on failure shows the build log.
presseschau_build() {
  local root="$1" module="$2" java="$3" log
  command -v mvn >/dev/null 2>&1 || { echo "presseschau: Maven (mvn) is needed to build the tool; install it (e.g. apt-get install maven)" >&2; return 1; }
  log="$root/$module/target/build.log"
  mkdir -p "$root/$module/target"
  # Maven may run on any Java 17+; compilation picks a JDK 21+ itself (toolchains discovery).
  if ! (cd "$root" && mvn -B -q -o -DskipTests -pl "$module" -am package >"$log" 2>&1 \
        || mvn -B -q -DskipTests -pl "$module" -am package >"$log" 2>&1); then
    echo "presseschau: building $module failed; the build log follows ($log)" >&2
    tail -n 40 "$log" >&2
    return 1
  fi
}
