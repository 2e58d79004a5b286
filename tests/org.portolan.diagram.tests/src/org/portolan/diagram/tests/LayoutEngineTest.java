package org.portolan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portolan.diagram.DiagramElement;
import org.portolan.diagram.DiagramFilter;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramLayoutEngine;
import org.portolan.diagram.DiagramMapper;
import org.portolan.diagram.DiagramSpec;
import org.portolan.tests.support.Models;

/** ELK layered layout: full and incremental. */
class LayoutEngineTest {

	private static final DiagramSpec SPEC = DiagramSpec.shipped();

	private static DiagramGraph graph(String text) {
		return new DiagramMapper(SPEC).map(DiagramMapper.Input.analyze(Models.load(text, "m.portolan")),
				DiagramFilter.defaults(SPEC).withLayer("derived", true));
	}

	static void assertSiblingsApartAndEnclosed(DiagramGraph g, DiagramLayout layout) {
		checkLevel(g.roots(), null, layout);
	}

	private static void checkLevel(List<DiagramElement> siblings, DiagramElement parent, DiagramLayout layout) {
		for (int i = 0; i < siblings.size(); i++) {
			DiagramLayout.Bounds a = layout.bounds(siblings.get(i).id());
			assertNotNull(a, siblings.get(i).id() + " has bounds");
			assertTrue(a.width() > 0 && a.height() > 0);
			for (int j = i + 1; j < siblings.size(); j++) {
				DiagramLayout.Bounds b = layout.bounds(siblings.get(j).id());
				assertFalse(a.intersects(b), siblings.get(i).id() + " " + a + " overlaps " + siblings.get(j).id() + " " + b);
			}
			if (parent != null) {
				DiagramLayout.Bounds p = layout.bounds(parent.id());
				assertTrue(a.x() >= 0 && a.y() >= 0 && a.maxX() <= p.width() + 0.01 && a.maxY() <= p.height() + 0.01,
						parent.id() + " " + p + " encloses " + siblings.get(i).id() + " " + a);
				assertTrue(layout.absolute(parent).encloses(layout.absolute(siblings.get(i))));
			}
			checkLevel(siblings.get(i).children(), siblings.get(i), layout);
		}
	}

	@Test
	void fullLayoutSeparatesSiblingsAndContainersEncloseChildren() {
		for (String ex : List.of("12-", "13-", "03-")) {
			DiagramGraph g = graph(Models.text(Models.example(ex)));
			DiagramLayout layout = new DiagramLayoutEngine().layout(g);
			assertEquals(g.elements().size(), layout.allBounds().size(), ex);
			assertSiblingsApartAndEnclosed(g, layout);
			assertFalse(layout.allRoutes().isEmpty(), ex + ": edges are routed");
		}
	}

	@Test
	void incrementalLayoutKeepsStoredPositionsAndPlacesNewElements() {
		String text = Models.text(Models.example("12-"));
		DiagramGraph before = graph(text);
		DiagramLayout stored = new DiagramLayoutEngine().layout(before);
		// the user moved edge2 by hand
		DiagramLayout.Bounds moved = stored.bounds("server:edge2").translate(0, 7);
		stored.setBounds("server:edge2", moved);
		// a text edit adds a server to the perimeter zone
		String edited = text.replace("server fe1 {", """
				server edge3 "Edge pool node 3" {
					fqdn "edge3.contoso.net"
					interface access address "172.25.33.30" prefix 24 zone perimeter side external
				}
				server fe1 {""");
		DiagramGraph after = graph(edited);
		assertNotNull(after.find("server:edge3"));
		assertNull(stored.bounds("server:edge3"));
		DiagramLayout next = new DiagramLayoutEngine().layout(after, stored);
		for (DiagramElement e : before.elements()) {
			DiagramLayout.Bounds was = stored.bounds(e.id()), now = next.bounds(e.id());
			assertEquals(was.x(), now.x(), e.id());
			assertEquals(was.y(), now.y(), e.id());
		}
		assertEquals(moved, next.bounds("server:edge2"), "the hand-made position is kept");
		DiagramLayout.Bounds added = next.bounds("server:edge3");
		assertNotNull(added);
		assertEquals("zone:perimeter", after.find("server:edge3").parent().id());
		assertTrue(next.absolute(after.find("zone:perimeter")).encloses(next.absolute(after.find("server:edge3"))),
				"the zone grew to enclose the new server");
		for (DiagramElement sibling : after.find("zone:perimeter").children()) {
			if (!sibling.id().equals("server:edge3")) {
				assertFalse(added.intersects(next.bounds(sibling.id())), "new server overlaps " + sibling.id());
			}
		}
	}

	@Test
	void aContainerThatGrowsPushesTheSiblingsItWouldCoverAside() {
		String text = Models.text(Models.example("12-"));
		DiagramGraph before = graph(text);
		DiagramLayout stored = new DiagramLayoutEngine().layout(before);
		// the user put the internal zone right below the perimeter zone, the internet zone right of it
		DiagramLayout.Bounds perimeter = stored.bounds("zone:perimeter");
		DiagramLayout.Bounds internal = stored.bounds("zone:internal");
		DiagramLayout.Bounds internet = stored.bounds("zone:internet");
		stored.setBounds("zone:internal", new DiagramLayout.Bounds(perimeter.x(), perimeter.maxY() + 30, internal.width(),
				internal.height()));
		stored.setBounds("zone:internet", new DiagramLayout.Bounds(perimeter.maxX() + 30, perimeter.y(), internet.width(),
				internet.height()));
		// a text edit adds four servers to the perimeter zone, which grows down to hold them
		StringBuilder servers = new StringBuilder();
		for (int i = 3; i <= 6; i++) {
			servers.append("server edge" + i + " {\n\tinterface access address \"172.25.33.3" + i
					+ "\" prefix 24 zone perimeter side external\n}\n");
		}
		DiagramGraph after = graph(text.replace("server fe1 {", servers + "server fe1 {"));
		DiagramLayout next = new DiagramLayoutEngine().layout(after, stored);

		DiagramLayout.Bounds grown = next.bounds("zone:perimeter");
		assertTrue(grown.maxY() > perimeter.maxY() + 30, "the perimeter zone grew down past where internal was: " + grown);
		DiagramLayout.Bounds pushed = next.bounds("zone:internal");
		assertFalse(grown.intersects(pushed), "the internal zone " + pushed + " was pushed below " + grown);
		assertEquals(perimeter.x(), pushed.x(), "straight down");
		assertEquals(grown.maxY() + 20, pushed.y(), 0.01, "just far enough");
		assertEquals(perimeter.maxX() + 30, next.bounds("zone:internet").x(), "the internet zone, beside it, stays");
		assertEquals(perimeter.y(), next.bounds("zone:internet").y());
		assertSiblingsApartAndEnclosed(after, next);
	}
}
