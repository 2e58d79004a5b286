package org.portolan.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.diagram.DiagramFilter;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramLayoutStore;
import org.portolan.diagram.DiagramMapper;
import org.portolan.diagram.glsp.DiagramDocument;
import org.portolan.diagram.glsp.PortolanModelValidator;
import org.portolan.diagram.glsp.StandaloneModels;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.portolan.dsl.ide.services.ModelTextEdits.RefusedEdit;
import org.portolan.tests.support.Models;

/**
 * The GLSP server on a copy of examples/02 (Exchange 2007 with Edge): model to GModel, and every operation handler
 * through the protocol, checking the text (the model) and the layout sidecar, and undo/redo on the shared stack.
 */
class DiagramServerTest {

	@TempDir
	Path dir;
	Path file;
	String original;
	GlspTestClient client;


	@BeforeEach
	void open() throws Exception {
		file = dir.resolve("edge.portolan");
		Files.copy(Models.example("02-"), file);
		original = Files.readString(file);
		client = new GlspTestClient(StandaloneModels.open(file));
		client.start(file.toUri().toString());
	}

	@AfterEach
	void close() {
		client.close();
	}

	private String text() {
		return client.document.text();
	}

	private static JsonObject op(String kind) {
		JsonObject o = new JsonObject();
		o.addProperty("kind", kind);
		o.addProperty("isOperation", true);
		return o;
	}

	private static JsonObject point(double x, double y) {
		JsonObject p = new JsonObject();
		p.addProperty("x", x);
		p.addProperty("y", y);
		return p;
	}

	private JsonObject undo() throws Exception {
		JsonObject a = new JsonObject();
		a.addProperty("kind", "glspUndo");
		return client.roundTrip(a);
	}

	private JsonObject redo() throws Exception {
		JsonObject a = new JsonObject();
		a.addProperty("kind", "glspRedo");
		return client.roundTrip(a);
	}

	@Test
	void modelToGModel() {
		JsonObject root = client.root;
		assertEquals("graph", GlspTestClient.type(root));
		JsonObject hub = GlspTestClient.find(root, "hub1");
		JsonObject edge = GlspTestClient.find(root, "edge1");
		JsonObject perimeter = GlspTestClient.find(root, "perimeter");
		assertNotNull(hub, "hub1 is a node");
		assertNotNull(edge, "edge1 is a node");
		assertNotNull(perimeter, "zone perimeter is a node");
		assertNotNull(GlspTestClient.find(perimeter, "edge1"), "edge1 is drawn inside the perimeter zone");
		assertTrue(hub.getAsJsonArray("cssClasses").toString().contains("server"), hub.toString());
		assertTrue(edge.getAsJsonArray("cssClasses").toString().contains("perimeter"), "conditional style: " + edge);
		assertTrue(hub.getAsJsonObject("size").get("width").getAsDouble() > 0);
		JsonObject label = GlspTestClient.find(hub, hub.get("id").getAsString() + "_label");
		assertEquals("hub1", label.get("text").getAsString().split("\\s")[0]);
		assertFalse(GlspTestClient.all(root, "edge").isEmpty(), "edges (connectors, memberships) are drawn");
		for (JsonObject e : GlspTestClient.all(root, "edge")) {
			assertNotNull(GlspTestClient.find(root, e.get("sourceId").getAsString()), "edge source exists: " + e);
			assertNotNull(GlspTestClient.find(root, e.get("targetId").getAsString()), "edge target exists: " + e);
		}
		assertFalse(client.document.layout().isEmpty(), "positions come from the layout engine");
	}

	@Test
	void createServerWithCatalogRoleUndoRedo() throws Exception {
		JsonObject internal = GlspTestClient.find(client.root, "internal");
		JsonObject create = op("createNode");
		create.addProperty("elementTypeId", "node:server");
		create.add("location", point(40, 60));
		create.addProperty("containerId", internal.get("id").getAsString());
		JsonObject args = new JsonObject();
		args.addProperty("role", "exchange2007.Mailbox");
		create.add("args", args);
		JsonObject root = client.roundTrip(create);
		String text = text();
		assertTrue(text.contains("server server1"), text);
		assertTrue(text.contains("role exchange2007.Mailbox"), text);
		assertTrue(text.contains("zone internal"), text);
		assertTrue(text.startsWith(original.substring(0, 200)), "the rest of the text (comments) is untouched");
		JsonObject created = GlspTestClient.find(root, "server1");
		assertNotNull(created, "the new server is drawn");
		assertNotNull(GlspTestClient.find(GlspTestClient.find(root, "internal"), "server1"), "inside the zone it was dropped on");

		undo();
		assertEquals(original, text(), "undo restores the text");
		assertNull(GlspTestClient.find(client.root, "server1"));
		redo();
		assertTrue(text().contains("server server1"));
	}

	@Test
	void createEveryNodeType() throws Exception {
		for (String type : List.of("node:site", "node:zone", "node:pool", "node:firewall", "node:load-balancer",
				"node:certificate", "node:server")) {
			JsonObject create = op("createNode");
			create.addProperty("elementTypeId", type);
			create.add("location", point(900, 900));
			client.roundTrip(create);
		}
		String text = text();
		for (String expected : List.of("site site1", "zone zone1", "pool pool1", "firewall firewall1",
				"load-balancer lb1", "certificate cert1", "server server1")) {
			assertTrue(text.contains(expected), expected + " in\n" + text);
		}
		assertNotNull(StandaloneModels.parser(client.document.uri()).apply(text).getContents().get(0));
	}

	@Test
	void createConnectorThenReconnectThenDelete() throws Exception {
		String hub = GlspTestClient.find(client.root, "hub1").get("id").getAsString();
		String edge = GlspTestClient.find(client.root, "edge1").get("id").getAsString();
		JsonObject create = op("createEdge");
		create.addProperty("elementTypeId", "edge:connector");
		create.addProperty("sourceElementId", hub);
		create.addProperty("targetElementId", edge);
		JsonObject root = client.roundTrip(create);
		assertTrue(text().contains("connector connector1 from hub1 to edge1"), text());
		JsonObject connector = GlspTestClient.all(root, "edge").stream()
				.filter(e -> e.get("sourceId").getAsString().equals(hub) && e.get("targetId").getAsString().equals(edge)
						&& e.get("id").getAsString().contains("connector1"))
				.findFirst().orElseThrow(() -> new AssertionError("connector edge drawn"));

		JsonObject reconnect = op("reconnectEdge");
		reconnect.addProperty("edgeElementId", connector.get("id").getAsString());
		reconnect.addProperty("sourceElementId", edge);
		reconnect.addProperty("targetElementId", hub);
		root = client.roundTrip(reconnect);
		assertTrue(text().contains("connector connector1 from edge1 to hub1"), text());

		String newId = GlspTestClient.all(root, "edge").stream().map(e -> e.get("id").getAsString())
				.filter(id -> id.contains("connector1")).findFirst().orElseThrow();
		JsonObject delete = op("deleteElement");
		JsonArray ids = new JsonArray();
		ids.add(newId);
		delete.add("elementIds", ids);
		client.roundTrip(delete);
		assertFalse(text().contains("connector1"), text());
		undo();
		assertTrue(text().contains("connector connector1 from edge1 to hub1"));
	}

	@Test
	void deleteFirewall() throws Exception {
		String fw = GlspTestClient.find(client.root, "internal-fw").get("id").getAsString();
		JsonObject delete = op("deleteElement");
		JsonArray ids = new JsonArray();
		ids.add(fw);
		delete.add("elementIds", ids);
		JsonObject root = client.roundTrip(delete);
		assertFalse(text().contains("firewall internal-fw"), text());
		assertNull(GlspTestClient.find(root, "internal-fw"));
		assertTrue(text().contains("firewall external-fw"));
	}

	@Test
	void moveChangesOnlyTheLayout() throws Exception {
		JsonObject hub = GlspTestClient.find(client.root, "hub1");
		String id = hub.get("id").getAsString();
		double x0 = client.document.layout().bounds(id).x();
		JsonObject move = op("changeBounds");
		JsonArray bounds = new JsonArray();
		JsonObject b = new JsonObject();
		b.addProperty("elementId", id);
		b.add("newPosition", point(x0 + 75, 33));
		JsonObject size = new JsonObject();
		size.addProperty("width", 150);
		size.addProperty("height", 60);
		b.add("newSize", size);
		bounds.add(b);
		move.add("newBounds", bounds);
		JsonObject root = client.roundTrip(move);
		assertEquals(original, text(), "a move never touches the text");
		assertEquals(x0 + 75, client.document.layout().bounds(id).x());
		assertEquals(x0 + 75, GlspTestClient.find(root, "hub1").getAsJsonObject("position").get("x").getAsDouble());
		undo();
		assertEquals(x0, client.document.layout().bounds(id).x());
		client.document.save();
		assertTrue(Files.exists(DiagramLayoutStore.sidecarOf(file)), "save writes the layout sidecar");
		assertEquals(x0, DiagramLayoutStore.read(file).layout().bounds(id).x());
	}

	@Test
	void droppingAServerIntoAnotherZoneMovesItsInterface() throws Exception {
		// hub1 sits in zone internal (inside site hq)
		JsonObject after = dropInto("hub1", "perimeter");
		String text = text();
		assertTrue(java.util.regex.Pattern.compile("server hub1 \\{[^}]*interface \\w+[^\\n]*zone perimeter", java.util.regex.Pattern.DOTALL)
				.matcher(text).find(), "hub1's interface is on the perimeter zone:\n" + text);
		assertNotNull(GlspTestClient.find(GlspTestClient.find(after, "perimeter"), "hub1"), "hub1 is drawn inside the perimeter zone");
		undo();
		assertEquals(original, text(), "undo puts the interface back");
	}

	@Test
	void droppingALoadBalancerOrAnExternalPartyIntoAnotherZoneMovesIt() throws Exception {
		client.document.textDocument().replace(text().length(), 0, "\nload-balancer lb1 {\n"
				+ "\tinterface lan address \"10.0.9.2\" prefix 16 zone internal\n"
				+ "\tvip web { address \"10.0.9.10\" zone internal balance \"HTTPS\" tcp 443 }\n"
				+ "}\nexternal partner kind internet-smtp-host in-zone internet\n");
		client.awaitModel();
		String typed = text();
		assertNotNull(GlspTestClient.find(GlspTestClient.find(client.root, "internal"), "lb1"), "lb1 is drawn in zone internal");

		JsonObject after = dropInto("lb1", "perimeter");
		String text = text();
		assertTrue(text.contains("interface lan address \"10.0.9.2\" prefix 16 zone perimeter"), "the interface moved:\n" + text);
		assertTrue(text.contains("address \"10.0.9.10\" zone perimeter"), "the VIP moved:\n" + text);
		assertNotNull(GlspTestClient.find(GlspTestClient.find(after, "perimeter"), "lb1"), "lb1 is drawn inside the perimeter zone");
		undo();
		assertEquals(typed, text(), "undo puts the load balancer back");

		after = dropInto("partner", "perimeter");
		assertTrue(text().contains("external partner kind internet-smtp-host in-zone perimeter"), text());
		assertNotNull(GlspTestClient.find(GlspTestClient.find(after, "perimeter"), "partner"), "the party is drawn in the zone");
		undo();
		assertEquals(typed, text(), "undo puts the party back");
	}

	@Test
	void droppingAServerOutsideZonesIntoAnotherSiteMovesItThere() throws Exception {
		client.document.textDocument().replace(text().length(), 0,
				"\nsite branch\nserver typed {\n\tsite hq\n\trole exchange2007.HubTransport\n}\n");
		client.awaitModel();
		assertNotNull(GlspTestClient.find(GlspTestClient.find(client.root, "hq"), "typed"), "drawn in site hq");
		JsonObject after = dropInto("typed", "branch");
		assertTrue(java.util.regex.Pattern.compile("server typed \\{\\s*site branch").matcher(text()).find(), text());
		assertNotNull(GlspTestClient.find(GlspTestClient.find(after, "branch"), "typed"), "drawn in site branch");
	}

	@Test
	void aZoneThatGrowsPushesTheZoneBelowItDown() throws Exception {
		String perimeterId = GlspTestClient.find(client.root, "perimeter").get("id").getAsString();
		String internetId = GlspTestClient.find(client.root, "internet").get("id").getAsString();
		// the user puts the internet zone right below the perimeter zone
		DiagramLayout.Bounds perimeter = client.document.layout().bounds(perimeterId);
		JsonObject b = new JsonObject();
		b.addProperty("elementId", internetId);
		b.add("newPosition", point(perimeter.x(), perimeter.maxY() + 30));
		JsonArray bounds = new JsonArray();
		bounds.add(b);
		JsonObject move = op("changeBounds");
		move.add("newBounds", bounds);
		client.roundTrip(move);
		assertEquals(perimeter.maxY() + 30, client.document.layout().bounds(internetId).y());
		// then clicks a server into the perimeter zone near its bottom edge: the zone grows down
		JsonObject create = op("createNode");
		create.addProperty("elementTypeId", "node:server");
		create.add("location", point(perimeter.x() + 20, perimeter.maxY() - 10));
		create.addProperty("containerId", perimeterId);
		client.roundTrip(create);
		DiagramLayout.Bounds grown = client.document.layout().bounds(perimeterId);
		DiagramLayout.Bounds internet = client.document.layout().bounds(internetId);
		assertTrue(grown.maxY() > perimeter.maxY() + 30, "the zone grew past the internet zone's old top: " + grown);
		assertFalse(grown.intersects(internet), "the internet zone " + internet + " moved below " + grown);
		// undo removes the server; the room made for it stays (layout the refresh made is not part of the command)
		undo();
		assertNull(GlspTestClient.find(client.root, "server1"));
		assertFalse(client.document.layout().bounds(perimeterId).intersects(client.document.layout().bounds(internetId)));
	}

	/** Drags the node labelled {@code name} so that its centre is on the centre of the container {@code into}. */
	private JsonObject dropInto(String name, String into) throws Exception {
		JsonObject root = client.root;
		JsonObject node = GlspTestClient.find(root, name);
		String id = node.get("id").getAsString();
		double[] target = absolute(root, GlspTestClient.find(root, into).get("id").getAsString());
		// the new position is relative to the node's current parent, as a GLSP client sends it
		double[] parent = parentPosition(root, id);
		JsonObject targetSize = GlspTestClient.find(root, into).getAsJsonObject("size");
		JsonObject size = node.getAsJsonObject("size");
		double cx = target[0] + targetSize.get("width").getAsDouble() / 2;
		double cy = target[1] + targetSize.get("height").getAsDouble() / 2;
		JsonObject b = new JsonObject();
		b.addProperty("elementId", id);
		b.add("newPosition", point(cx - size.get("width").getAsDouble() / 2 - parent[0],
				cy - size.get("height").getAsDouble() / 2 - parent[1]));
		JsonArray bounds = new JsonArray();
		bounds.add(b);
		JsonObject move = op("changeBounds");
		move.add("newBounds", bounds);
		return client.roundTrip(move);
	}

	/** The absolute position of the parent of the element {@code id}. */
	private static double[] parentPosition(JsonObject root, String id) {
		double[] own = absolute(root, id);
		JsonObject position = GlspTestClient.find(root, id).getAsJsonObject("position");
		return new double[] { own[0] - position.get("x").getAsDouble(), own[1] - position.get("y").getAsDouble() };
	}

	/** The absolute position of a GModel element (positions are relative to the parent). */
	private static double[] absolute(JsonObject root, String id) {
		double[] result = { 0, 0 };
		return find(root, id, 0, 0, result) ? result : null;
	}

	private static boolean find(JsonObject element, String id, double x, double y, double[] result) {
		double ex = x, ey = y;
		if (element.has("position")) {
			ex += element.getAsJsonObject("position").get("x").getAsDouble();
			ey += element.getAsJsonObject("position").get("y").getAsDouble();
		}
		if (element.has("id") && element.get("id").getAsString().equals(id)) {
			result[0] = ex;
			result[1] = ey;
			return true;
		}
		if (element.has("children")) {
			for (com.google.gson.JsonElement child : element.getAsJsonArray("children")) {
				if (find(child.getAsJsonObject(), id, ex, ey, result)) {
					return true;
				}
			}
		}
		return false;
	}

	@Test
	void theClientsMeasurementSizesLabelsButNotNodes() throws Exception {
		// a client measures a decorated node with the marker over its corner: wider than the layout made it
		JsonObject hub = GlspTestClient.find(client.root, "hub1");
		String id = hub.get("id").getAsString();
		double width = hub.getAsJsonObject("size").get("width").getAsDouble();
		JsonObject computed = new JsonObject();
		computed.addProperty("kind", "computedBounds");
		JsonArray bounds = new JsonArray();
		bounds.add(measured(id, width + 30, 90));
		bounds.add(measured(id + "_label", 41, 15));
		computed.add("bounds", bounds);
		computed.add("alignments", new JsonArray());
		computed.add("routes", new JsonArray());
		computed.addProperty("revision", client.root.has("revision") ? client.root.get("revision").getAsInt() : 0);
		JsonObject root = client.roundTrip(computed);
		JsonObject after = GlspTestClient.find(root, "hub1");
		assertEquals(width, after.getAsJsonObject("size").get("width").getAsDouble(), "the node keeps the layout's width");
		assertEquals(41, GlspTestClient.find(after, id + "_label").getAsJsonObject("size").get("width").getAsDouble(),
				"the label takes the size the client measured");
	}

	private static JsonObject measured(String id, double width, double height) {
		JsonObject size = new JsonObject();
		size.addProperty("width", width);
		size.addProperty("height", height);
		JsonObject b = new JsonObject();
		b.addProperty("elementId", id);
		b.add("newSize", size);
		return b;
	}

	@Test
	void aRefusedUndoChangesNeitherTextNorLayout() throws Exception {
		String id = GlspTestClient.find(client.root, "hub1").get("id").getAsString();
		double x0 = client.document.layout().bounds(id).x();
		DiagramDocument.LayoutChange shift = new DiagramDocument.LayoutChange() {
			@Override
			public void apply(DiagramLayout layout) {
				DiagramLayout.Bounds b = layout.bounds(id);
				layout.setBounds(id, b.translate(50, 0));
			}

			@Override
			public void revert(DiagramLayout layout) {
				DiagramLayout.Bounds b = layout.bounds(id);
				layout.setBounds(id, b.translate(-50, 0));
			}
		};
		client.document.execute(client.document.edit("Describe hub1", topology -> topology.getServers().stream()
				.filter(s -> "hub1".equals(s.getName())).findFirst().orElseThrow().setDescription("moved"), shift));
		assertEquals(x0 + 50, client.document.layout().bounds(id).x());
		client.document.textDocument().replace(0, 0, "// typed after the edit\n");
		String typed = text();
		client.document.commandStack().undo(); // refused: the text changed since
		assertEquals(typed, text(), "the text stays");
		assertEquals(x0 + 50, client.document.layout().bounds(id).x(), "the layout stays with the text");
	}

	@Test
	void renameFollowsReferences() throws Exception {
		JsonObject hub = GlspTestClient.find(client.root, "hub1");
		JsonObject edit = op("applyLabelEdit");
		edit.addProperty("labelId", hub.get("id").getAsString() + "_label");
		edit.addProperty("text", "hub9");
		client.roundTrip(edit);
		String text = text();
		assertTrue(text.contains("server hub9"), text);
		assertFalse(java.util.regex.Pattern.compile("\\bhub1\\b(?!\\.)").matcher(text).find(),
				"references follow the rename (only the fqdn string keeps hub1.):\n" + text);
		assertTrue(text.contains("from hub9"), text);
	}

	@Test
	void layoutAndSave() throws Exception {
		JsonObject layout = op("layout");
		layout.add("elementIds", new JsonArray());
		client.roundTrip(layout);
		assertEquals(original, text());
		client.received.clear();
		JsonObject save = new JsonObject();
		save.addProperty("kind", "saveModel");
		client.send(save);
		JsonObject dirty = client.await("setDirtyState");
		assertFalse(dirty.get("isDirty").getAsBoolean(), dirty.toString());
		assertTrue(Files.exists(DiagramLayoutStore.sidecarOf(file)));
		assertEquals(original, Files.readString(file));
	}

	@Test
	void layersSwitchElementsOff() throws Exception {
		JsonObject layers = client.await("portolanLayers");
		assertTrue(layers.toString().contains("Network and firewalls"), layers.toString());
		assertTrue(layers.get("css").getAsString().contains("g.firewall>.sprotty-node"));
		assertNotNull(GlspTestClient.find(client.root, "external-fw"));
		JsonObject filter = new JsonObject();
		filter.addProperty("kind", "portolanSetFilter");
		JsonArray visible = new JsonArray();
		visible.add("mail");
		filter.add("visibleLayers", visible);
		filter.add("activeFilters", new JsonArray());
		JsonObject root = client.roundTrip(filter);
		assertNull(GlspTestClient.find(root, "external-fw"), "the network layer is off: no firewalls");
		assertNotNull(GlspTestClient.find(root, "hub1"), "servers have no layer: always shown");
	}

	@Test
	void validationDecoratorsComeFromTheValidators() throws Exception {
		// without the SMTP rule from the Edge to the Hub, FW-PORT-001 reports the blocked flow
		String broken = original.replace("rule smtp-to-hub allow \"SMTP\" tcp 25 from edge1.int to hub1", "");
		assertNotEquals(original, broken);
		DiagramMapper mapper = DiagramMapper.shipped();
		DiagramGraph graph = mapper.map(DiagramMapper.Input.analyze(
				(org.portolan.model.Topology) StandaloneModels.parser(client.document.uri()).apply(broken).getContents().get(0)),
				DiagramFilter.defaults(mapper.spec()));
		assertTrue(PortolanModelValidator.markers(graph).stream().anyMatch(m -> m.getLabel().equals("FW-PORT-001")),
				PortolanModelValidator.markers(graph).toString());
	}

	@Test
	void renameInPlaceKeepsTheLabelsWordsOutOfTheName() throws Exception {
		JsonObject site = GlspTestClient.find(client.root, "hq");
		JsonObject label = GlspTestClient.find(site, site.get("id").getAsString() + "_label");
		assertEquals("Site hq", label.get("text").getAsString(), "the spec's label of a site");
		assertEquals("label:name", label.get("type").getAsString(), "the name label is editable in place");
		JsonObject edit = op("applyLabelEdit");
		edit.addProperty("labelId", label.get("id").getAsString());
		edit.addProperty("text", "Site main");
		DiagramLayout.Bounds before = client.document.layout().bounds(site.get("id").getAsString());
		JsonObject root = client.roundTrip(edit);
		assertTrue(text().contains("site main "), text());
		assertTrue(text().contains("at-site main"), "references follow:\n" + text());
		JsonObject renamed = GlspTestClient.find(root, "main");
		assertEquals(before, client.document.layout().bounds(renamed.get("id").getAsString()),
				"the renamed site stays where it was");
	}

	@Test
	void aServerRenamedInTheTextStaysWhereItWas() throws Exception {
		// moved away from where the layout engine would put it, then renamed by typing
		String id = GlspTestClient.find(client.root, "hub1").get("id").getAsString();
		DiagramLayout.Bounds start = client.document.layout().bounds(id);
		JsonObject b = new JsonObject();
		b.addProperty("elementId", id);
		b.add("newPosition", point(start.x() + 37, start.y() + 11));
		JsonArray bounds = new JsonArray();
		bounds.add(b);
		JsonObject move = op("changeBounds");
		move.add("newBounds", bounds);
		client.roundTrip(move);
		DiagramLayout.Bounds moved = client.document.layout().bounds(id);
		assertEquals(start.x() + 37, moved.x());
		int at = text().indexOf("server hub1 {");
		client.document.textDocument().replace(at, "server hub1".length(), "server hub9");
		JsonObject root = client.awaitModel();
		JsonObject renamed = GlspTestClient.find(root, "hub9");
		assertNotNull(renamed, "the renamed server is drawn");
		assertEquals(moved, client.document.layout().bounds(renamed.get("id").getAsString()));
	}

	@Test
	void followsTextEdits() throws Exception {
		assertNull(GlspTestClient.find(client.root, "typed"));
		client.document.textDocument().replace(text().length(), 0,
				"\nserver typed {\n\tsite hq\n\trole exchange2007.HubTransport\n}\n");
		JsonObject root = client.awaitModel();
		assertNotNull(GlspTestClient.find(root, "typed"), "a server typed into the text is drawn: " + root);
	}

	@Test
	void refusesEditsOfBrokenText() {
		try {
			client.document.textDocument().replace(0, 0, "server {{{ ");
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		try {
			client.document.edit("x", t -> {
			}, null);
			throw new AssertionError("edit of a text with syntax errors must be refused");
		} catch (RefusedEdit expected) {
			assertTrue(expected.getMessage().contains("syntax errors"));
		}
	}
}
