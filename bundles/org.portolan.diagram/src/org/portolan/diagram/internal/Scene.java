package org.portolan.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portolan.diagram.Decoration;
import org.portolan.diagram.DiagramEdge;
import org.portolan.diagram.DiagramEdgeLabels;
import org.portolan.diagram.DiagramElement;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramMetrics;
import org.portolan.diagram.DiagramSpec;
import org.portolan.validation.Severity;

/**
 * What the exports draw, in absolute coordinates and drawing order (containers outside-in, then edges, then nodes),
 * with the spec's style classes resolved to colours. Shared by the SVG and PNG exports so both show the same picture.
 */
public final class Scene {

	/** A resolved style. {@code null} colours mean "none". */
	public record Paint(String fill, String stroke, double strokeWidth, String dash, String textColor) {
	}

	public record Box(DiagramElement element, DiagramLayout.Bounds bounds, Paint paint, List<String> classes,
			List<Decoration> decorations, Severity worst) {
	}

	/** An edge; {@code label} is the placed label (text as drawn, centred in its box), or {@code null}. */
	public record Line(DiagramEdge edge, List<DiagramLayout.Point> points, Paint paint, String labelText,
			DiagramEdgeLabels.Placement label, Severity worst) {
	}

	public final List<Box> containers = new ArrayList<>();
	public final List<Line> edges = new ArrayList<>();
	public final List<Box> nodes = new ArrayList<>();
	public double width, height;

	private static final Paint CONTAINER = new Paint("#ffffff", "#777777", 1, null, "#222222");
	private static final Paint NODE = new Paint("#ffffff", "#333333", 1, null, "#111111");
	private static final Paint EDGE = new Paint(null, "#555555", 1, null, "#333333");

	public static Scene of(DiagramGraph graph, DiagramLayout layout, DiagramSpec spec) {
		Scene s = new Scene();
		double maxX = 0, maxY = 0;
		for (DiagramElement e : graph.elements()) {
			DiagramLayout.Bounds b = layout.absolute(e);
			if (b == null) {
				continue;
			}
			Box box = new Box(e, b, paint(e.kind() == DiagramElement.Kind.CONTAINER ? CONTAINER : NODE,
					e.styleClasses(), spec.styles()), e.styleClasses(), e.decorations(), worst(e.decorations()));
			(e.kind() == DiagramElement.Kind.CONTAINER ? s.containers : s.nodes).add(box);
			maxX = Math.max(maxX, b.maxX());
			maxY = Math.max(maxY, b.maxY());
		}
		Map<String, List<DiagramLayout.Point>> routes = DiagramEdgeLabels.routes(graph, layout);
		Map<String, DiagramEdgeLabels.Placement> labels = DiagramEdgeLabels.place(graph, layout, routes);
		for (DiagramEdge e : graph.edges()) {
			List<DiagramLayout.Point> pts = routes.getOrDefault(e.id(), List.of());
			if (pts.size() < 2) {
				continue;
			}
			for (DiagramLayout.Point p : pts) {
				maxX = Math.max(maxX, p.x());
				maxY = Math.max(maxY, p.y());
			}
			DiagramEdgeLabels.Placement label = labels.get(e.id());
			if (label != null) {
				maxX = Math.max(maxX, label.box().maxX());
				maxY = Math.max(maxY, label.box().maxY());
			}
			s.edges.add(new Line(e, pts, paint(EDGE, e.styleClasses(), spec.styles()),
					label == null ? null : DiagramMetrics.edgeLabel(e.label()), label, worst(e.decorations())));
		}
		s.width = Math.ceil(maxX + 20);
		s.height = Math.ceil(maxY + 20);
		return s;
	}

	private static Severity worst(List<Decoration> ds) {
		Severity w = null;
		for (Decoration d : ds) {
			if (w == null || d.severity().ordinal() < w.ordinal()) {
				w = d.severity();
			}
		}
		return w;
	}

	private static Paint paint(Paint base, List<String> classes, Map<String, DiagramSpec.Style> styles) {
		String fill = base.fill(), stroke = base.stroke(), dash = base.dash(), text = base.textColor();
		double width = base.strokeWidth();
		for (String c : classes) {
			DiagramSpec.Style st = styles.get(c);
			if (st == null) {
				continue;
			}
			if (st.fill() != null) {
				fill = "none".equals(st.fill()) ? null : st.fill();
			}
			if (st.stroke() != null) {
				stroke = "none".equals(st.stroke()) ? null : st.stroke();
			}
			if (st.strokeWidth() > 0) {
				width = st.strokeWidth();
			}
			if (st.dash() != null) {
				dash = st.dash();
			}
			if (st.textColor() != null) {
				text = st.textColor();
			}
		}
		return new Paint(fill, stroke, width, dash, text);
	}

	/** The lines of a box: label line then detail lines, each fitted to the box width. */
	public static List<String> lines(Box box) {
		return DiagramMetrics.lines(box.element(), box.bounds().width());
	}

	public static String color(Severity s) {
		return switch (s) {
		case ERROR -> "#d32f2f";
		case WARNING -> "#f57c00";
		default -> "#1976d2";
		};
	}
}
