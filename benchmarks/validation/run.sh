#!/bin/sh
# Validation benchmark: builds the model, analysis and validation bundles, compiles the harness against their jars
# and the EMF jars pinned in the target platform, runs it for N = 1,000 and 10,000 servers (or the sizes given) and
# writes benchmarks/validation/results/validation-<date>.md.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
repo=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
cd "$root"
if [ -z "$SKIP_BUILD" ]; then
	./mvnw -B -q install -DskipTests -pl targetplatform,bundles/org.portolan.model,bundles/org.portolan.analysis,bundles/org.portolan.validation
fi
target=targetplatform/portolan-2026-11.target
version() { # version of org.eclipse.emf:$1 pinned in the target platform
	awk -v a="$1" '$0 ~ "<artifactId>" a "</artifactId>" { getline; gsub(/.*<version>|<\/version>.*/, ""); print; exit }' "$target"
}
emf="$repo/org/eclipse/emf"
cp="$emf/org.eclipse.emf.common/$(version org.eclipse.emf.common)/org.eclipse.emf.common-$(version org.eclipse.emf.common).jar"
cp="$cp:$emf/org.eclipse.emf.ecore/$(version org.eclipse.emf.ecore)/org.eclipse.emf.ecore-$(version org.eclipse.emf.ecore).jar"
for b in model analysis validation; do
	cp="$cp:$(ls bundles/org.portolan.$b/target/org.portolan.$b-*.jar | head -1)"
done
classes="$here/target/classes"
rm -rf "$classes" && mkdir -p "$classes"
javac --release 17 -d "$classes" -cp "$cp" $(find "$here/src" -name '*.java')
sizes=${*:-1000 10000}
out="$here/results/validation-$(date -u +%Y-%m-%d).md"
java -Xms2g -Xmx6g -cp "$classes:$cp" org.portolan.benchmarks.ValidationBenchmark "$out" $sizes
echo "results: $out"
