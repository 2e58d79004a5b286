package org.portolan.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.diagram.DiagramMetrics;
import org.portolan.diagram.glsp.StandaloneModels;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.portolan.tests.support.Models;

/**
 * What the browser draws comes from the diagram core's metrics: the fonts reach the client before the first model
 * (the client measures the labels with them), each line of a node sits where the exports draw it (GLSP aligns labels
 * by the top of their text), and edge labels are centred on their edge where the core placed them.
 */
class GModelRenderingTest {

	@TempDir
	Path dir;
	GlspTestClient client;

	@BeforeEach
	void open() throws Exception {
		Path file = dir.resolve("edge.portolan");
		Files.copy(Models.example("02-"), file);
		client = new GlspTestClient(StandaloneModels.open(file));
		client.start(file.toUri().toString());
	}


	@AfterEach
	void close() {
		client.close();
	}

	@Test
	void theFontsOfTheMetricsReachTheClientBeforeTheModel() {
		List<String> kinds = new ArrayList<>();
		client.received.forEach(a -> kinds.add(a.get("kind").getAsString()));
		int layers = kinds.indexOf("portolanLayers"), bounds = kinds.indexOf("requestBounds");
		assertTrue(layers >= 0 && bounds >= 0 && layers < bounds, "the CSS comes before the labels are measured: " + kinds);
		String css = client.received.get(layers).get("css").getAsString();
		assertTrue(css.contains("font-family:'" + DiagramMetrics.FONT_FAMILY + "'"), css);
		assertTrue(css.contains(".heading{font-weight:bold;font-size:12px;}"), css);
		assertTrue(css.contains(".details{font-weight:normal;font-size:10px;}"), css);
		assertTrue(css.contains(".edge-label{font-weight:normal;font-size:9px;"), css);
	}

	@Test
	void nodeLinesSitAtTheTopsOfTheirLines() {
		JsonObject hub = GlspTestClient.find(client.root, "hub1");
		assertNotNull(hub);
		List<JsonObject> labels = new ArrayList<>();
		for (JsonElement c : hub.getAsJsonArray("children")) {
			if (GlspTestClient.type(c.getAsJsonObject()).startsWith("label")) {
				labels.add(c.getAsJsonObject());
			}
		}
		assertEquals(List.of("hub1", "hub1.contoso.com", "HubTransport", "ClientAccess", "Mailbox"),
				labels.stream().map(l -> l.get("text").getAsString()).toList());
		double height = hub.getAsJsonObject("size").get("height").getAsDouble();
		for (int i = 0; i < labels.size(); i++) {
			JsonObject pos = labels.get(i).getAsJsonObject("position");
			assertEquals(DiagramMetrics.PAD, pos.get("x").getAsDouble(), 1e-9);
			assertEquals(DiagramMetrics.lineTop(i), pos.get("y").getAsDouble(), 1e-9, labels.get(i).toString());
		}
		double lastBottom = DiagramMetrics.lineTop(4) + DiagramMetrics.textHeight(DiagramMetrics.DETAIL_FONT);
		assertTrue(lastBottom < height, "'Mailbox' ends at " + lastBottom + ", inside the node's " + height);
	}

	@Test
	void edgeLabelsAreCentredOnTheirEdge() {
		int seen = 0;
		for (JsonObject edge : GlspTestClient.all(client.root, "edge")) {
			if (!edge.has("children")) {
				continue;
			}
			for (JsonElement c : edge.getAsJsonArray("children")) {
				JsonObject placement = c.getAsJsonObject().getAsJsonObject("edgePlacement");
				assertNotNull(placement, c.toString());
				assertEquals("on", placement.get("side").getAsString());
				assertEquals(0, placement.get("offset").getAsDouble());
				double position = placement.get("position").getAsDouble();
				assertTrue(position > 0 && position < 1, c.toString());
				seen++;
			}
		}
		assertTrue(seen >= 4, "the firewall interface and edge subscription labels");
	}
}
