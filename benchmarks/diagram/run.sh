#!/bin/sh
# Diagram benchmark: builds the bundles the diagram core needs, compiles the harness against their jars and the
# jars pinned in the target platform, runs it for N diagram nodes (default 2000) and writes
# benchmarks/diagram/results/diagram-<date>.md.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
repo=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
cd "$root"
if [ -z "$SKIP_BUILD" ]; then
	./mvnw -B -q install -DskipTests -pl targetplatform,bundles/org.portolan.model,bundles/org.portolan.analysis,bundles/org.portolan.validation,bundles/org.portolan.diagram
fi
target=targetplatform/portolan-2026-11.target
version() { # version of artifact $1 pinned in the target platform
	awk -v a="$1" '$0 ~ "<artifactId>" a "</artifactId>" { getline; gsub(/.*<version>|<\/version>.*/, ""); print; exit }' "$target"
}
jar() { # jar of group path $1, artifact $2 at its pinned version
	echo "$repo/$1/$2/$(version "$2")/$2-$(version "$2").jar"
}
cp="$(jar org/eclipse/emf org.eclipse.emf.common):$(jar org/eclipse/emf org.eclipse.emf.ecore):$(jar org/eclipse/emf org.eclipse.emf.ecore.xmi)"
cp="$cp:$(jar com/google/guava guava):$(jar com/google/guava failureaccess):$(jar com/google/code/gson gson)"
cp="$cp:$(jar org/eclipse/xtext org.eclipse.xtext.xbase.lib)"
for a in org.eclipse.elk.core org.eclipse.elk.graph org.eclipse.elk.alg.common org.eclipse.elk.alg.layered; do
	cp="$cp:$(jar org/eclipse/elk $a)"
done
for b in model analysis validation diagram; do
	cp="$cp:$(ls bundles/org.portolan.$b/target/org.portolan.$b-*.jar | head -1)"
done
classes="$here/target/classes"
rm -rf "$classes" && mkdir -p "$classes"
javac --release 17 -d "$classes" -cp "$cp" $(find "$here/src" -name '*.java')
out="$here/results/diagram-$(date -u +%Y-%m-%d).md"
java -Xmx2g -cp "$classes:$cp" org.portolan.benchmarks.DiagramBenchmark "$out" ${1:-2000} ${2:-5}
echo "results: $out"
