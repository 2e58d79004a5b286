#!/usr/bin/env bash
# Parse benchmark of the Portolan language; needs the language server jar (./mvnw package builds it).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(ls releng/org.portolan.dsl.ls/target/org.portolan.dsl.ls-*-ls.jar | head -1)
exec java -Xmx2g -cp "$jar" benchmarks/dsl/ParseBenchmark.java benchmarks/dsl/results.txt
