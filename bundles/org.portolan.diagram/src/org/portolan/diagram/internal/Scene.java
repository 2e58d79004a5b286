package org.portolan.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portolan.diagram.Decoration;
import org.portolan.diagram.DiagramEdge;
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

	public record Line(DiagramEdge edge, List<DiagramLayout.Point> points, Paint paint, DiagramLayout.Point labelAt,
			Severity worst) {
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
		for (DiagramEdge e : graph.edges()) {
			DiagramElement src = graph.find(e.sourceId()), tgt = graph.find(e.targetId());
			if (src == null || tgt == null) {
				continue;
			}
			DiagramLayout.Bounds sb = layout.absolute(src), tb = layout.absolute(tgt);
			if (sb == null || tb == null) {
				continue;
			}
			List<DiagramLayout.Point> pts = layout.route(e.id());
			if (pts.size() < 2) {
				pts = straight(sb, tb);
			}
			for (DiagramLayout.Point p : pts) {
				maxX = Math.max(maxX, p.x());
				maxY = Math.max(maxY, p.y());
			}
			s.edges.add(new Line(e, pts, paint(EDGE, e.styleClasses(), spec.styles()), middle(pts),
					worst(e.decorations())));
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

	/** Centre to centre, clipped to both boxes. */
	static List<DiagramLayout.Point> straight(DiagramLayout.Bounds a, DiagramLayout.Bounds b) {
		double ax = a.x() + a.width() / 2, ay = a.y() + a.height() / 2;
		double bx = b.x() + b.width() / 2, by = b.y() + b.height() / 2;
		return List.of(clip(a, ax, ay, bx, by), clip(b, bx, by, ax, ay));
	}

	private static DiagramLayout.Point clip(DiagramLayout.Bounds r, double cx, double cy, double tx, double ty) {
		double dx = tx - cx, dy = ty - cy;
		if (dx == 0 && dy == 0) {
			return new DiagramLayout.Point(cx, cy);
		}
		double sx = dx == 0 ? Double.MAX_VALUE : (r.width() / 2) / Math.abs(dx);
		double sy = dy == 0 ? Double.MAX_VALUE : (r.height() / 2) / Math.abs(dy);
		double t = Math.min(1, Math.min(sx, sy));
		return new DiagramLayout.Point(cx + dx * t, cy + dy * t);
	}

	private static DiagramLayout.Point middle(List<DiagramLayout.Point> pts) {
		double total = 0;
		for (int i = 1; i < pts.size(); i++) {
			total += dist(pts.get(i - 1), pts.get(i));
		}
		double half = total / 2;
		for (int i = 1; i < pts.size(); i++) {
			double d = dist(pts.get(i - 1), pts.get(i));
			if (half <= d && d > 0) {
				double t = half / d;
				return new DiagramLayout.Point(pts.get(i - 1).x() + (pts.get(i).x() - pts.get(i - 1).x()) * t,
						pts.get(i - 1).y() + (pts.get(i).y() - pts.get(i - 1).y()) * t);
			}
			half -= d;
		}
		return pts.get(0);
	}

	private static double dist(DiagramLayout.Point a, DiagramLayout.Point b) {
		return Math.hypot(b.x() - a.x(), b.y() - a.y());
	}

	/** The label band of a box: label line then detail lines, each fitted to the box width. */
	public static List<String> lines(Box box) {
		DiagramElement e = box.element();
		double w = box.bounds().width() - 2 * DiagramMetrics.PAD;
		List<String> out = new ArrayList<>();
		out.add(DiagramMetrics.fit(e.label(), w, DiagramMetrics.LABEL_CHAR));
		for (String d : e.details()) {
			out.add(DiagramMetrics.fit(d, w, DiagramMetrics.DETAIL_CHAR));
		}
		return out;
	}

	public static String color(Severity s) {
		return switch (s) {
		case ERROR -> "#d32f2f";
		case WARNING -> "#f57c00";
		default -> "#1976d2";
		};
	}
}
