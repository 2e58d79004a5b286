package org.portolan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** portolan diagram: SVG and PNG of a bundled example, layers, sidecar positions, usage errors. */
class DiagramCommandTest {

	private static Path example(String prefix) throws IOException {
		try (var s = Files.list(Cli.EXAMPLES)) {
			return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		}
	}

	private static Document svg(Path file) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return f.newDocumentBuilder().parse(file.toFile());
	}

	private static Set<String> dataIds(Document doc) {
		Set<String> ids = new HashSet<>();
		NodeList groups = doc.getElementsByTagNameNS("*", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element e = (Element) groups.item(i);
			if (e.hasAttribute("data-id")) {
				ids.add(e.getAttribute("data-id"));
			}
		}
		return ids;
	}

	@Test
	void writesAParseableSvgAndANonBlankPng(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("out");
		Cli.Result r = Cli.run("diagram", example("12-").toString(), "--format", "svg,png", "--out", out.toString());
		assertEquals(0, r.code(), r.toString());
		assertEquals(List.of("diagram.png", "diagram.svg"), ReportCommandTest.files(out));
		assertTrue(r.err().contains("laying out"), "progress on stderr: " + r.err());
		Document doc = svg(out.resolve("diagram.svg"));
		assertEquals("svg", doc.getDocumentElement().getLocalName());
		Set<String> ids = dataIds(doc);
		assertTrue(ids.containsAll(List.of("zone:perimeter", "server:edge1", "server:fe1", "firewall:external-fw")), ids.toString());
		BufferedImage png = ImageIO.read(out.resolve("diagram.png").toFile());
		assertTrue(png.getWidth() > 300 && png.getHeight() > 200, png.getWidth() + "x" + png.getHeight());
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < png.getHeight(); y += 4) {
			for (int x = 0; x < png.getWidth(); x += 4) {
				colours.add(png.getRGB(x, y) & 0xffffff);
			}
		}
		assertTrue(colours.size() > 5, "not blank: " + colours.size() + " colours");
	}

	@Test
	void layersChooseWhatIsDrawn(@TempDir Path dir) throws Exception {
		Path plain = dir.resolve("plain"), derived = dir.resolve("derived");
		assertEquals(0, Cli.run("diagram", "-q", example("12-").toString(), "--format", "svg", "--out", plain.toString()).code());
		Cli.Result r = Cli.run("diagram", "-q", example("12-").toString(), "--format", "svg", "--out", derived.toString(),
				"--layers", "network,media,derived");
		assertEquals(0, r.code(), r.toString());
		Set<String> a = dataIds(svg(plain.resolve("diagram.svg"))), b = dataIds(svg(derived.resolve("diagram.svg")));
		assertFalse(a.stream().anyMatch(id -> id.startsWith("media-flow:")), "derived flows off by default");
		assertTrue(b.stream().anyMatch(id -> id.startsWith("media-flow:")), "derived media flows on request");
		Cli.Result bad = Cli.run("diagram", "-q", example("12-").toString(), "--format", "svg", "--out",
				dir.resolve("x").toString(), "--layers", "nonsense");
		assertEquals(2, bad.code(), bad.toString());
		assertTrue(bad.err().contains("unknown layer 'nonsense'"), bad.err());
	}

	@Test
	void storedPositionsFromTheSidecarAreUsed(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("edge.portolan");
		Files.copy(example("12-"), model);
		Files.writeString(dir.resolve("edge.portolan.layout"),
				"{ \"version\": 1, \"nodes\": { \"firewall:external-fw\": { \"x\": 1234, \"y\": 987, \"w\": 150, \"h\": 50 } } }");
		Path out = dir.resolve("out");
		Cli.Result r = Cli.run("diagram", model.toString(), "--format", "svg", "--out", out.toString());
		assertEquals(0, r.code(), r.toString());
		String svg = Files.readString(out.resolve("diagram.svg"));
		assertTrue(svg.contains("data-id=\"firewall:external-fw\"><rect x=\"1234\" y=\"987\""), "kept position");
		// a corrupt sidecar warns, names the file, lays out automatically and leaves the file alone
		Files.writeString(dir.resolve("edge.portolan.layout"), "{ broken");
		r = Cli.run("diagram", model.toString(), "--format", "svg", "--out", out.toString());
		assertEquals(0, r.code(), r.toString());
		assertTrue(r.err().contains("edge.portolan.layout") && r.err().contains("warning"), r.err());
		assertEquals("{ broken", Files.readString(dir.resolve("edge.portolan.layout")));
	}

	@Test
	void usageErrorsExitWithTwo(@TempDir Path dir) throws IOException {
		assertEquals(2, Cli.run("diagram", example("12-").toString(), "--format", "gif", "--out", dir.toString()).code());
		assertEquals(2, Cli.run("diagram", Cli.model("broken.portolan"), "--format", "svg", "--out", dir.toString()).code());
		assertEquals(2, Cli.run("diagram", example("12-").toString(), "--format", "svg").code(), "--out is required");
	}
}
