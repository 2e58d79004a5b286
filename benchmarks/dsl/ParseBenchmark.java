// Parse-speed benchmark of the Portolan language (not a test: it reports, it does not assert).
// Run from the repository root after the build:
//   benchmarks/dsl/run.sh        (writes benchmarks/dsl/results.txt)
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.portolan.dsl.ide.PortolanIdeSetup;

public class ParseBenchmark {

	static final String[] TOKENS = { "topology", "catalog", "server", "zone", "firewall", "rule", "allow", "deny", "tcp",
			"udp", "from", "to", "any", "{", "}", ",", ";", "-", ".", "443", "5061", "50000-59999", "\"text\"", "role",
			"endpoint", "path", "source", "lines", "pool", "members", "interface", "address", "edge-ext",
			"lync2013.EdgeServer", "dynamic-rpc", "n/a", "ip", "=", "set", "// c\n", "/* b */", "\n", "^x", "@", "#",
			"'unterminated" };

	public static void main(String[] args) throws Exception {
		Path out = Paths.get(args.length > 0 ? args[0] : "benchmarks/dsl/results.txt");
		var injector = PortolanIdeSetup.doIdeSetup();
		List<String> lines = new ArrayList<>();
		lines.add("# Portolan language parse benchmark (" + java.time.LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
				+ " cores, Java " + System.getProperty("java.version") + ")");
		for (int mb : new int[] { 1, 5 }) {
			String text = random(mb * 1024 * 1024, 42);
			for (int run = 1; run <= 3; run++) {
				XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
				XtextResource r = (XtextResource) rs.createResource(URI.createURI("bench" + run + ".portolan"));
				long t0 = System.nanoTime();
				r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
				long ms = (System.nanoTime() - t0) / 1_000_000;
				lines.add(String.format("random tokens %d MB, run %d: parse %d ms, %d syntax errors", mb, run, ms, r.getErrors().size()));
			}
		}
		Path catalogs = Paths.get("bundles/org.portolan.catalog/resources/catalogs");
		if (Files.isDirectory(catalogs)) {
			XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
			long t0 = System.nanoTime();
			try (var files = Files.list(catalogs)) {
				for (Path f : files.filter(p -> p.toString().endsWith(".portolan")).toList()) {
					rs.getResource(URI.createFileURI(f.toAbsolutePath().toString()), true);
				}
			}
			org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(rs);
			lines.add(String.format("shipped catalogs (%d files): load + link %d ms", rs.getResources().size(), (System.nanoTime() - t0) / 1_000_000));
		}
		Files.write(out, lines);
		lines.forEach(System.out::println);
	}

	static String random(int size, long seed) {
		Random random = new Random(seed);
		StringBuilder b = new StringBuilder(size + 64).append("topology random\n");
		while (b.length() < size) {
			b.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextInt(8) == 0 ? '\n' : ' ');
		}
		return b.toString();
	}
}
