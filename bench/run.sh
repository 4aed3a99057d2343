#!/usr/bin/env bash
# Runs the benchmarks against a freshly started platform and writes bench/target/report.md.
# Needs the ports of ./run-local.sh free (stop a running local platform first). Usage: bench/run.sh [changes]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[[ -x "$JAVA_HOME/bin/java" ]] || export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
# Fresh executable jars: Spring Boot does not repackage a service whose own classes did not change (see run-local.sh).
for module in catalog-service plan-service referral-service gateway; do
  rm -f "$module/target/$module.jar" "$module/target/$module.jar.original"
done
./mvnw -q -B -DskipTests -pl bench,catalog-service,plan-service,referral-service,gateway -am package
exec "$JAVA_HOME/bin/java" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.stepwise.bench.Bench "$@"
