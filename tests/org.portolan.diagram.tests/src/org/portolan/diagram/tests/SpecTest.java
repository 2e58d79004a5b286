package org.portolan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portolan.diagram.DiagramExpression;
import org.portolan.diagram.DiagramSpec;
import org.portolan.diagram.DiagramSpecException;
import org.portolan.diagram.DiagramTemplate;
import org.portolan.model.PortolanFactory;
import org.portolan.model.Server;
import org.portolan.model.ZoneKind;

/** The spec format and its expression language. */
public class SpecTest {

	/** A plain Java value the expressions navigate like a flow. */
	public record Flow(String appProtocol, List<String> ports) {
		public String label() {
			return appProtocol + " " + ports;
		}
	}

	private static DiagramSpec load(String json) throws Exception {
		return DiagramSpec.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "my.diagram.json");
	}

	private static final String MINIMAL = """
			{ "version": 1,
			  "layers": [ { "id": "net", "label": "Network" } ],
			  "styles": { "x": { "fill": "#ffffff" } },
			  "nodes": [ { "id": "server", "candidates": "servers", "label": "{name}", "layers": [ "net" ],
			               "styles": [ { "when": "true", "class": "x" } ] } ] }
			""";

	@Test
	void shippedSpecHasTheIssuesLayersAndFilters() {
		DiagramSpec s = DiagramSpec.shipped();
		assertEquals(List.of("Network and firewalls", "Certificates", "Mail flow", "Media and voice", "Derived flows"),
				s.layers().stream().map(DiagramSpec.Layer::label).toList());
		assertTrue(s.filters().stream().anyMatch(f -> f.id().equals("hide-dc-flows")));
		for (String id : List.of("site", "zone", "server", "pool", "load-balancer", "firewall", "certificate",
				"external", "flow")) {
			assertTrue(s.mapping(id) != null, id);
		}
	}

	@Test
	void minimalSpecLoads() throws Exception {
		DiagramSpec s = load(MINIMAL);
		assertEquals(1, s.mappings().size());
		assertEquals(DiagramSpec.MappingKind.NODE, s.mapping("server").kind());
	}

	@Test
	void syntaxErrorNamesFileAndLine() {
		DiagramSpecException e = assertThrows(DiagramSpecException.class,
				() -> load("{ \"version\": 1,\n  \"layers\": [\n    { \"id\": \"a\" ,, }\n  ] }"));
		assertEquals("my.diagram.json", e.file());
		assertEquals(3, e.line(), e.getMessage());
		assertTrue(e.getMessage().startsWith("my.diagram.json:3"), e.getMessage());
	}

	@Test
	void semanticErrorsNameTheJsonPointer() {
		DiagramSpecException unknown = assertThrows(DiagramSpecException.class,
				() -> load(MINIMAL.replace("\"label\": \"{name}\"", "\"lable\": \"{name}\"")));
		assertEquals("/nodes/0/lable", unknown.pointer());
		assertTrue(unknown.getMessage().startsWith("my.diagram.json: /nodes/0/lable: unknown property"), unknown.getMessage());
		DiagramSpecException expr = assertThrows(DiagramSpecException.class,
				() -> load(MINIMAL.replace("\"when\": \"true\"", "\"when\": \"kind == \"")));
		assertEquals("/nodes/0/styles/0/when", expr.pointer());
		DiagramSpecException layer = assertThrows(DiagramSpecException.class,
				() -> load(MINIMAL.replace("\"layers\": [ \"net\" ]", "\"layers\": [ \"nett\" ]")));
		assertEquals("/nodes/0/layers/0", layer.pointer());
		assertTrue(layer.getMessage().contains("no layer 'nett'"));
		DiagramSpecException style = assertThrows(DiagramSpecException.class,
				() -> load(MINIMAL.replace("\"class\": \"x\"", "\"class\": \"y\"")));
		assertEquals("/nodes/0/styles/0/class", style.pointer());
		DiagramSpecException template = assertThrows(DiagramSpecException.class,
				() -> load(MINIMAL.replace("\"{name}\"", "\"{name\"")));
		assertEquals("/nodes/0/label", template.pointer());
		DiagramSpecException version = assertThrows(DiagramSpecException.class, () -> load("{ \"version\": 2 }"));
		assertEquals("/version", version.pointer());
	}

	@Test
	void expressionsNavigateCompareAndFallBack() {
		Server s = PortolanFactory.eINSTANCE.createServer();
		s.setName("edge1");
		var nic = PortolanFactory.eINSTANCE.createNetworkInterface();
		var zone = PortolanFactory.eINSTANCE.createNetworkZone();
		zone.setName("dmz");
		zone.setKind(ZoneKind.PERIMETER);
		nic.setZone(zone);
		s.getInterfaces().add(nic);
		DiagramExpression.Variables none = DiagramExpression.NO_VARIABLES;
		assertTrue(DiagramExpression.parse("interfaces.zone.kind == 'perimeter'").test(s, none), "enum literal, any case");
		assertFalse(DiagramExpression.parse("interfaces.zone.kind != 'PERIMETER'").test(s, none));
		assertTrue(DiagramExpression.parse("name in ['x', 'edge1']").test(s, none));
		assertFalse(DiagramExpression.parse("fqdn").test(s, none), "unset is false");
		assertEquals(List.of("edge1"), DiagramExpression.parse("fqdn | name").values(s, none), "first with a value");
		assertTrue(DiagramExpression.parse("!fqdn && (name == 'edge1' || false)").test(s, none));
		assertEquals(List.of(1), DiagramExpression.parse("count(interfaces)").values(s, none));
		assertEquals(List.of("Server"), DiagramExpression.parse("eClass").values(s, none));
		assertTrue(DiagramExpression.parse("$error").test(s, n -> n.equals("error") ? List.of(true) : List.of()));
		// plain Java values: record components and no-argument methods
		Flow f = new Flow("SIP", List.of("5061", "443"));
		assertTrue(DiagramExpression.parse("ports == 443").test(f, none), "a number compares with a text by its text");
		assertTrue(DiagramExpression.parse("ports == '443'").test(f, none));
		assertEquals("SIP [5061, 443] / 5061, 443",
				DiagramTemplate.parse("{label} / {ports}").render(f, none));
		assertThrows(IllegalArgumentException.class, () -> DiagramExpression.parse("name ==="));
		assertThrows(IllegalArgumentException.class, () -> DiagramExpression.parse("a in 'b'"));
		IllegalArgumentException col = assertThrows(IllegalArgumentException.class, () -> DiagramExpression.parse("a && )"));
		assertTrue(col.getMessage().contains("column 6"), col.getMessage());
	}
}
