package org.portolan.cli.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as the Equinox application {@code org.portolan.cli.app} of the built product (the reactor builds
 * releng/org.portolan.product before this module): exit codes pass through the Equinox launcher.
 */
class ProductCliIT {

	static final Path PRODUCT = CliJarIT.REPO
			.resolve("releng/org.portolan.product/target/products/org.portolan.product/linux/gtk/x86_64");

	static CliJarIT.Run run(Path work, String... args) throws Exception {
		Path launcher;
		try (Stream<Path> s = Files.list(PRODUCT.resolve("plugins"))) {
			launcher = s.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst()
					.orElseThrow();
		}
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", launcher.toString(), "-configuration", work.resolve("configuration").toString(),
				"-application", "org.portolan.cli.app"));
		cmd.addAll(List.of(args));
		Path out = work.resolve("out.txt"), err = work.resolve("err.txt");
		Process p = new ProcessBuilder(cmd).directory(CliJarIT.REPO.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile()).start();
		assertTrue(p.waitFor(5, TimeUnit.MINUTES));
		return new CliJarIT.Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	@Test
	void productRunsTheCliApplicationWithItsExitCodes(@TempDir Path work) throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(PRODUCT.resolve("plugins")), "product built in this reactor");
		// a copy of the product's config.ini, so that the OSGi caches go to the temporary folder, not into the product
		Files.createDirectories(work.resolve("configuration"));
		Files.copy(PRODUCT.resolve("configuration/config.ini"), work.resolve("configuration/config.ini"));

		CliJarIT.Run clean = run(work, "validate", "--quiet", "--fail-on", "info", "examples/13-sfb2015-frontend-pools-hlb.portolan");
		boolean anyFinding = !clean.out().isBlank();
		assertEquals(anyFinding ? 1 : 0, clean.code(), clean.out() + clean.err());
		CliJarIT.Run missing = run(work, "validate", "no-such-file.portolan");
		assertEquals(2, missing.code(), missing.err());
		assertTrue(missing.err().contains("no-such-file.portolan:0: error no such file or folder"), missing.err());
		Path reports = work.resolve("reports");
		CliJarIT.Run report = run(work, "report", "--quiet", "examples/12-lync2013-scaled-edge.portolan", "--format", "html",
				"--out", reports.toString());
		assertEquals(0, report.code(), report.err());
		assertTrue(Files.readString(reports.resolve("report.html")).contains("131.107.155.10"));
	}
}
