#!/usr/bin/env bash
# Runs the whole Stepwise platform on this machine: Kafka, the Mongo-wire server, Keycloak, the three services and the
# gateway, as child processes of one launcher. Ctrl-C stops everything. Data and logs stay in .stepwise/.
set -euo pipefail
cd "$(dirname "$0")"

if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [[ ! -x "$JAVA_HOME/bin/java" ]]; then
  echo "Stepwise needs JDK 25: set JAVA_HOME to it (looked in $JAVA_HOME)." >&2
  exit 1
fi

modules=(catalog-service plan-service referral-service gateway)
artifact_of() { case "$1" in local-platform) echo "local-platform/target/classpath.txt" ;; *) echo "$1/target/$1.jar" ;; esac; }

# Build what is missing, or older than its sources (or than a library it is built on).
stale=()
for module in "${modules[@]}" local-platform; do
  artifact=$(artifact_of "$module")
  if [[ ! -f "$artifact" ]] || [[ -n "$(find "$module/src" "$module/pom.xml" libs/*/src libs/*/pom.xml portal/src deploy/keycloak/stepwise-realm.json pom.xml \
        -newer "$artifact" -type f -print -quit 2>/dev/null)" ]]; then
    stale+=("$module")
  fi
done
if (( ${#stale[@]} > 0 )); then
  echo "Building ${stale[*]} …"
  list=$(IFS=,; echo "${stale[*]}")
  # Spring Boot does not repackage a service whose own classes did not change, even when a library it embeds did:
  # remove the old executable jars so that they are made afresh with the current libraries.
  for module in "${stale[@]}"; do
    [[ "$module" == local-platform ]] || rm -f "$module/target/$module.jar" "$module/target/$module.jar.original"
  done
  ./mvnw -q -B -DskipTests -pl "$list" -am package
  # Maven leaves an artifact untouched when its classes did not change; mark it current so it is not rebuilt again.
  for module in "${stale[@]}"; do touch "$(artifact_of "$module")"; done
fi

exec "$JAVA_HOME/bin/java" -cp "local-platform/target/classes:$(cat local-platform/target/classpath.txt)" \
  io.stepwise.local.LocalPlatform "$@"
