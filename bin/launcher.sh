# Shared by ./search and ./evaluate: finds a JDK 21+ and (re)builds a module's jar when its
# sources changed. Sourced, not run.

# Java decodes command-line arguments with the locale's charset: under a C/POSIX locale (no LANG,
# as in minimal CI environments) "Verbindungsbüro" would arrive garbled. Use a UTF-8 locale.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *UTF-8*|*utf8*|*UTF8*|*utf-8*) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac

# The major version of the JDK a `java` belongs to, from its release file (no JVM start: that
# would cost 30-40 ms per candidate on every call).
presseschau_java_version() {
  local bin="$1" home v
  home="$(cd "$(dirname "$(readlink -f "$bin")")/.." 2>/dev/null && pwd)" || return 1
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "${v:-}" ]; then
    # `java -version` prints e.g. openjdk version "25.0.1" or "1.8.0_392".
    v=$("$bin" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  [ -n "${v:-}" ] && printf '%s\n' "$v"
}

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
    v=$(presseschau_java_version "$c") || continue
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$c"; best_v="$v"; fi
  done
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}

# True when the module has no successful build yet, or when anything that goes into its jar (main
# sources and resources, the poms) changed since. Test files do not count: they are not in the jar.
# Args: root stamp module…  (the stamp is touched by presseschau_build on success)
presseschau_needs_build() {
  local root="$1" stamp="$2" m f globstar=false nullglob=false
  shift 2
  [ -f "$stamp" ] || return 0
  # Shell globbing and test instead of find: no process to start, a few milliseconds less on
  # every command (the shell's options are put back as they were).
  shopt -q globstar && globstar=true
  shopt -q nullglob && nullglob=true
  shopt -s globstar nullglob
  local watch=("$root/pom.xml")
  for m in "$@"; do
    watch+=("$root/$m/pom.xml" "$root/$m/src/main"/**)
  done
  [ "$globstar" = true ] || shopt -u globstar
  [ "$nullglob" = true ] || shopt -u nullglob
  for f in "${watch[@]}"; do
    if [ -f "$f" ] && [ "$f" -nt "$stamp" ]; then
      return 0
    fi
  done
  return 1
}

# Builds the given module (and what it needs) quietly, then stamps the build; on failure shows
# the build log. Says once on stderr what it is doing (it takes a while).
presseschau_build() {
  local root="$1" module="$2" java="$3" stamp="$4" log
  command -v mvn >/dev/null 2>&1 || { echo "presseschau: Maven (mvn) is needed to build the tool; install it (e.g. apt-get install maven)" >&2; return 1; }
  log="$root/$module/target/build.log"
  mkdir -p "$root/$module/target"
  echo "presseschau: building the $module module (first use or sources changed; about a minute)…" >&2
  local started
  started="$(date +%s.%N)"
  # Maven may run on any Java 17+; compilation picks a JDK 21+ itself (toolchains discovery).
  if ! (cd "$root" && mvn -B -q -o -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl "$module" -am package >"$log" 2>&1 \
        || mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl "$module" -am package >"$log" 2>&1); then
    echo "presseschau: building $module failed; the build log follows ($log)" >&2
    tail -n 40 "$log" >&2
    return 1
  fi
  # The stamp records the start: a source saved during the build still counts as changed.
  touch -d "@$started" "$stamp"
}
