package org.portolan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portolan.diagram.DiagramEdge;
import org.portolan.diagram.DiagramEdgeLabels;
import org.portolan.diagram.DiagramElement;
import org.portolan.diagram.DiagramFilter;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramLayoutEngine;
import org.portolan.diagram.DiagramMapper;
import org.portolan.diagram.DiagramMetrics;
import org.portolan.diagram.DiagramSpec;
import org.portolan.tests.support.Models;

/**
 * What a reader of the diagram sees, for every bundled example laid out automatically: every line of a node or
 * container title lies inside its box (measured with the font it is drawn in), every child lies inside its container
 * below the title band, and edge labels cover no node, no title band and no other label.
 */
class RenderGeometryTest {

	private static final DiagramSpec SPEC = DiagramSpec.shipped();

	private static List<DiagramGraph> graphs(Path example) {
		var in = DiagramMapper.Input.analyze(Models.load(example));
		DiagramMapper mapper = new DiagramMapper(SPEC);
		return List.of(mapper.map(in, DiagramFilter.defaults(SPEC)), mapper.map(in, DiagramFilter.all(SPEC)));
	}

	@Test
	void labelLinesFitInsideTheirBoxes() {
		for (Path ex : Models.examples()) {
			for (DiagramGraph g : graphs(ex)) {
				DiagramLayout layout = new DiagramLayoutEngine().layout(g);
				for (DiagramElement e : g.elements()) {
					DiagramLayout.Bounds b = layout.bounds(e.id());
					String what = ex.getFileName() + " " + e.id() + " " + b;
					List<String> lines = DiagramMetrics.lines(e, b.width());
					int last = lines.size() - 1;
					double bottom = DiagramMetrics.lineTop(last) + DiagramMetrics.textHeight(DiagramMetrics.lineFont(last));
					double limit = e.kind() == DiagramElement.Kind.CONTAINER ? DiagramMetrics.titleHeight(e) : b.height();
					assertTrue(bottom <= limit - 2, what + ": the last line ends at " + bottom + ", inside " + limit);
					for (int i = 0; i < lines.size(); i++) {
						double w = DiagramMetrics.textWidth(lines.get(i), DiagramMetrics.lineFont(i), i == 0);
						assertTrue(DiagramMetrics.PAD + w <= b.width() - DiagramMetrics.PAD + 0.01,
								what + ": line '" + lines.get(i) + "' (" + w + " px) fits the box");
					}
					if (e.kind() == DiagramElement.Kind.NODE && b.width() < DiagramMetrics.MAX_WIDTH) {
						assertEquals(e.label(), lines.get(0), what + ": a node narrower than the maximum is not cut");
						assertEquals(e.details(), lines.subList(1, lines.size()), what);
					}
				}
			}
		}
	}

	@Test
	void childrenLieInsideTheirContainerBelowItsTitle() {
		for (Path ex : Models.examples()) {
			for (DiagramGraph g : graphs(ex)) {
				DiagramLayout layout = new DiagramLayoutEngine().layout(g);
				for (DiagramElement e : g.elements()) {
					if (e.parent() == null) {
						continue;
					}
					DiagramLayout.Bounds c = layout.bounds(e.id()), p = layout.bounds(e.parent().id());
					String what = ex.getFileName() + " " + e.id() + " " + c + " in " + e.parent().id() + " " + p;
					assertTrue(c.y() >= DiagramMetrics.titleHeight(e.parent()), what + ": below the title band");
					assertTrue(c.x() >= 0 && c.maxX() <= p.width() && c.maxY() <= p.height(), what + ": inside");
				}
			}
		}
	}

	/**
	 * Every example, with the default layers (the editor's first view, the HTML report) and with every layer on (the
	 * derived flows of example 07 between two servers in different zones run in lanes, one per label).
	 */
	@Test
	void edgeLabelsCoverNoNodeNoTitleAndNoOtherLabel() {
		for (Path ex : Models.examples()) {
			for (DiagramGraph g : graphs(ex)) {
				DiagramLayout layout = new DiagramLayoutEngine().layout(g);
				Map<String, List<DiagramLayout.Point>> routes = DiagramEdgeLabels.routes(g, layout);
				Map<String, DiagramEdgeLabels.Placement> labels = DiagramEdgeLabels.place(g, layout, routes);
				Map<DiagramLayout.Bounds, String> shown = new java.util.HashMap<>();
				for (DiagramEdge edge : g.edges()) {
					DiagramEdgeLabels.Placement p = labels.get(edge.id());
					if (edge.label().isEmpty()) {
						continue;
					}
					String what = ex.getFileName() + " label '" + edge.label() + "' of " + edge.id();
					assertTrue(p != null, what + " is placed");
					DiagramLayout.Point on = DiagramEdgeLabels.pointAt(routes.get(edge.id()),
							p.position());
					assertTrue(Math.hypot(on.x() - p.center().x(), on.y() - p.center().y()) < 0.5,
							what + ": centred on its edge at " + on + ", not " + p.center());
					for (DiagramElement e : g.elements()) {
						DiagramLayout.Bounds b = layout.absolute(e);
						if (e.kind() == DiagramElement.Kind.CONTAINER) {
							b = new DiagramLayout.Bounds(b.x(), b.y(), b.width(), DiagramMetrics.titleHeight(e));
						}
						assertFalse(p.box().intersects(b), what + " " + p.box() + " covers " + e.id() + " " + b);
					}
					String text = DiagramMetrics.edgeLabel(edge.label());
					if (shown.containsKey(p.box()) && shown.get(p.box()).equals(text)) {
						continue; // an edge drawn over another one, with the same label: the label is shown once
					}
					for (DiagramLayout.Bounds other : shown.keySet()) {
						assertFalse(p.box().intersects(other), what + " " + p.box() + " covers another label " + other);
					}
					shown.put(p.box(), text);
				}
			}
		}
	}

	/** A stored size too small for the text (the text grew, or an older layout) grows to fit it; the position stays. */
	@Test
	void aNodeKeepsItsPlaceAndGrowsToFitItsText() {
		DiagramGraph g = graphs(Models.example("02-")).get(0);
		DiagramLayout stored = new DiagramLayoutEngine().layout(g);
		DiagramLayout.Bounds was = stored.bounds("server:hub1");
		stored.setBounds("server:hub1", new DiagramLayout.Bounds(was.x(), was.y(), 60, 20));
		DiagramLayout next = new DiagramLayoutEngine().layout(g, stored);
		DiagramLayout.Bounds now = next.bounds("server:hub1");
		DiagramElement hub = g.find("server:hub1");
		assertEquals(was.x(), now.x());
		assertEquals(was.y(), now.y());
		assertEquals(DiagramMetrics.nodeWidth(hub), now.width());
		assertEquals(DiagramMetrics.nodeHeight(hub), now.height());
		assertEquals(hub.details(), DiagramMetrics.lines(hub, now.width()).subList(1, 5), "no line is cut");
		assertTrue(next.absolute(hub.parent()).encloses(next.absolute(hub)), "its zone encloses it");
	}

	/** The widths the layout measures are the widths of the font the SVG, the PNG and the browser draw with. */
	@Test
	void textIsMeasuredAsDejaVuSansDrawsIt() {
		Font regular = new Font(DiagramMetrics.FONT_FAMILY, Font.PLAIN, 100);
		if (!DiagramMetrics.FONT_FAMILY.equals(regular.getFamily(Locale.ROOT))) {
			return; // nothing to compare with where DejaVu Sans is not installed (the build machine has it)
		}
		FontRenderContext frc = new FontRenderContext(null, true, true);
		for (String s : List.of("edge1.perimeter.contoso.com", "Exchange2007.EdgeTransport", "hub1", "SIP TCP 5061",
				"perimeter (PERIMETER)", "WWW mmm iii ___ 0123456789")) {
			for (boolean bold : new boolean[] { false, true }) {
				Font f = regular.deriveFont(bold ? Font.BOLD : Font.PLAIN, 10f);
				double drawn = f.getStringBounds(s, frc).getWidth();
				assertEquals(drawn, DiagramMetrics.textWidth(s, 10, bold), 0.05, s + (bold ? " bold" : ""));
			}
		}
	}
}
