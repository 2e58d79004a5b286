package org.portolan.cli.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-contained jar exports the diagram (ELK layout, SVG, PNG) with no display at all. */
class CliJarDiagramIT {

	@Test
	void exportsSvgAndPngWithoutADisplay(@TempDir Path out) throws Exception {
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", CliJarIT.JAR.toString(), "diagram", "examples/13-sfb2015-frontend-pools-hlb.portolan", "--format",
				"svg,png", "--out", out.toString()));
		ProcessBuilder pb = new ProcessBuilder(cmd).directory(CliJarIT.REPO.toFile());
		pb.environment().remove("DISPLAY");
		Path err = Files.createTempFile("cli", ".err");
		pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
		Process p = pb.start();
		assertTrue(p.waitFor(5, TimeUnit.MINUTES));
		assertEquals(0, p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
		var f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		var doc = f.newDocumentBuilder().parse(out.resolve("diagram.svg").toFile());
		assertEquals("svg", doc.getDocumentElement().getLocalName());
		assertTrue(Files.readString(out.resolve("diagram.svg")).contains("data-id=\"load-balancer:hlb\""));
		BufferedImage png = ImageIO.read(out.resolve("diagram.png").toFile());
		assertTrue(png.getWidth() > 200 && png.getHeight() > 200);
	}
}
