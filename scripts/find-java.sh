# Finds a JDK 21 or newer for the scripts that source this file; sets JAVA_BIN and exports JAVA_HOME.
# Order: $JAVA_HOME when new enough, else the newest under /usr/lib/jvm, else `java` on the PATH.
# shellcheck shell=bash disable=SC2034  # JAVA_BIN is for the scripts that source this file

CONSULTOR_MIN_JAVA=21

# Prints the feature version of a java binary: 17, 21, 25 (and 8 for "1.8.0_x"). Reads the JDK's `release`
# file when there is one, because starting a JVM per candidate would slow down every `./consultor` run.
java_major() {
  local home version=""
  home=$(dirname "$(dirname "$(readlink -f "$1")")")
  if [ -f "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$home/release")
  fi
  if [ -z "$version" ]; then
    version=$("$1" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')
  fi
  printf '%s\n' "$version" | sed -E 's/^1\.//; s/[^0-9].*$//'
}

# A JDK, not just a runtime: the first start builds the jar, which needs javac beside java.
is_jdk() {
  [ -x "$1" ] && [ -x "$(dirname "$1")/javac" ]
}

find_java() {
  local candidate major best="" best_major=0 seen=""
  if [ -n "${JAVA_HOME:-}" ]; then
    candidate="$JAVA_HOME/bin/java"
    if is_jdk "$candidate"; then
      major=$(java_major "$candidate")
      seen="JAVA_HOME=$JAVA_HOME (Java ${major:-unknown})"
      if [ "${major:-0}" -ge "$CONSULTOR_MIN_JAVA" ]; then
        JAVA_BIN=$candidate
        export JAVA_HOME
        return 0
      fi
    else
      seen="JAVA_HOME=$JAVA_HOME (no JDK there)"
    fi
  fi
  for candidate in /usr/lib/jvm/*/bin/java; do
    is_jdk "$candidate" || continue
    major=$(java_major "$candidate")
    seen="${seen:+$seen, }$(dirname "$(dirname "$candidate")") (Java ${major:-unknown})"
    if [ "${major:-0}" -ge "$CONSULTOR_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [ -z "$best" ] && command -v java >/dev/null 2>&1; then
    candidate=$(readlink -f "$(command -v java)")
    if is_jdk "$candidate"; then
      major=$(java_major "$candidate")
      seen="${seen:+$seen, }java on the PATH (Java ${major:-unknown})"
      [ "${major:-0}" -ge "$CONSULTOR_MIN_JAVA" ] && best=$candidate
    fi
  fi
  if [ -n "$best" ]; then
    JAVA_BIN=$best
    JAVA_HOME=$(dirname "$(dirname "$best")")
    export JAVA_HOME
    return 0
  fi
  {
    echo "consultor: needs a Java Development Kit (JDK) $CONSULTOR_MIN_JAVA or newer, and found none."
    echo "  Looked at: ${seen:-JAVA_HOME (unset), /usr/lib/jvm (no JDK), java on the PATH (none)}"
    echo "  Install one, e.g. 'sudo apt-get install openjdk-21-jdk-headless' on Debian/Ubuntu,"
    echo "  'brew install openjdk@21' on macOS, or Temurin from https://adoptium.net,"
    echo "  then run again (or point JAVA_HOME at it)."
  } >&2
  return 1
}
