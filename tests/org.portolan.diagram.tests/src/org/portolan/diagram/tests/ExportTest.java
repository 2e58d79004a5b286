package org.portolan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.portolan.diagram.DiagramFilter;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramLayoutEngine;
import org.portolan.diagram.DiagramMapper;
import org.portolan.diagram.DiagramPngExport;
import org.portolan.diagram.DiagramSpec;
import org.portolan.diagram.DiagramSvgExport;
import org.portolan.tests.support.Models;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SVG and PNG export of a laid-out diagram. */
class ExportTest {

	private static final DiagramSpec SPEC = DiagramSpec.shipped();

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void svgShowsContainersNodesEdgesAndDecorations() throws Exception {
		String planted = Models.text(Models.example("12-")).lines().filter(l -> !l.contains("rule sip-tls allow"))
				.reduce((a, b) -> a + "\n" + b).orElseThrow();
		DiagramGraph g = new DiagramMapper(SPEC).map(DiagramMapper.Input.analyze(Models.load(planted, "e.portolan")),
				DiagramFilter.defaults(SPEC));
		DiagramLayout layout = new DiagramLayoutEngine().layout(g);
		Document doc = parse(DiagramSvgExport.export(g, layout, SPEC, "contoso.edge"));
		Element svg = doc.getDocumentElement();
		assertEquals("svg", svg.getLocalName());
		assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
		Set<String> ids = new HashSet<>();
		NodeList groups = doc.getElementsByTagNameNS("*", "g");
		Element fw = null, edge1 = null;
		for (int i = 0; i < groups.getLength(); i++) {
			Element e = (Element) groups.item(i);
			if (e.hasAttribute("data-id")) {
				ids.add(e.getAttribute("data-id"));
				if (e.getAttribute("data-id").equals("firewall:external-fw")) {
					fw = e;
				}
				if (e.getAttribute("data-id").equals("server:edge1")) {
					edge1 = e;
				}
			}
		}
		assertTrue(ids.contains("zone:perimeter") && ids.contains("server:fe1"), ids.toString());
		assertTrue(g.edges().stream().allMatch(e -> ids.contains(e.id())), "every edge drawn");
		assertTrue(edge1.getAttribute("class").contains("perimeter"));
		assertTrue(edge1.getTextContent().contains("edge1.contoso.net"), "detail lines are drawn");
		// the red outline and the decoration with the finding as its tooltip
		assertTrue(fw.getAttribute("class").contains("error"));
		Element rect = (Element) fw.getElementsByTagNameNS("*", "rect").item(0);
		assertEquals("#d32f2f", rect.getAttribute("stroke"));
		Element decoration = (Element) fw.getElementsByTagNameNS("*", "g").item(0);
		assertTrue(decoration.getAttribute("class").contains("decoration error"));
		assertTrue(decoration.getTextContent().contains("FW-PORT-001"));
	}

	@Test
	void modelTextIsEscaped() throws Exception {
		String text = """
				topology evil "x"
				zone lan kind internal subnets "10.0.0.0/8"
				server s1 { fqdn "<script>alert('x')</script> & \\"quotes\\"" interface n address "10.0.0.1" zone lan }
				""";
		DiagramGraph g = new DiagramMapper(SPEC).map(DiagramMapper.Input.analyze(Models.load(text, "evil.portolan")),
				DiagramFilter.defaults(SPEC));
		String svg = DiagramSvgExport.export(g, new DiagramLayoutEngine().layout(g), SPEC, "<b>title</b>");
		Document doc = parse(svg);
		assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
		assertEquals(0, doc.getElementsByTagNameNS("*", "b").getLength());
		assertTrue(doc.getDocumentElement().getTextContent().contains("<script>alert('x')</script> & \"quotes\""));
		assertFalse(svg.contains("<script"));
	}

	@Test
	void pngRendersTheSameSceneHeadless() throws Exception {
		DiagramGraph g = new DiagramMapper(SPEC).map(DiagramMapper.Input.analyze(Models.load(Models.example("13-"))),
				DiagramFilter.defaults(SPEC));
		DiagramLayout layout = new DiagramLayoutEngine().layout(g);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DiagramPngExport.export(g, layout, SPEC, 1.0, out);
		BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
		double maxX = 0, maxY = 0;
		for (var e : g.elements()) {
			maxX = Math.max(maxX, layout.absolute(e).maxX());
			maxY = Math.max(maxY, layout.absolute(e).maxY());
		}
		assertTrue(img.getWidth() >= maxX && img.getHeight() >= maxY, img.getWidth() + "x" + img.getHeight());
		// not blank: the container fills and node outlines are there
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < img.getHeight(); y += 3) {
			for (int x = 0; x < img.getWidth(); x += 3) {
				colours.add(img.getRGB(x, y) & 0xffffff);
			}
		}
		assertTrue(colours.size() > 5, "colours: " + colours.size());
		var zone = layout.absolute(g.find("zone:internal"));
		int inside = img.getRGB((int) zone.x() + 5, (int) (zone.maxY() - 5)) & 0xffffff;
		assertEquals(0xeef4fb, inside, "the internal zone's fill from the spec");
	}
}
