package org.portolan.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where edges run and where their labels go, for every renderer (the exports and the editor's client): an edge follows
 * its stored route, else a straight line between the centres of its ends clipped to their boxes; its label is
 * centred on the edge at a fraction of the edge's length chosen so that the label covers no node, no container's title
 * band, no label placed before it and no other edge (the middle when it is free, else the free place nearest to it,
 * else the place with the fewest crossing edges, else the one that covers least).
 */
public final class DiagramEdgeLabels {

	/**
	 * A placed label: {@code position} is the fraction of the edge's length at which its centre lies (GLSP's edge
	 * placement position), {@code box} its absolute box (text and halo).
	 */
	public record Placement(double position, DiagramLayout.Point center, DiagramLayout.Bounds box) {
	}

	private DiagramEdgeLabels() {
	}

	/** The points an edge is drawn through (absolute), or an empty list when an end has no bounds. */
	public static List<DiagramLayout.Point> route(DiagramGraph graph, DiagramLayout layout, DiagramEdge e) {
		DiagramElement src = graph.find(e.sourceId()), tgt = graph.find(e.targetId());
		if (src == null || tgt == null) {
			return List.of();
		}
		DiagramLayout.Bounds sb = layout.absolute(src), tb = layout.absolute(tgt);
		if (sb == null || tb == null) {
			return List.of();
		}
		List<DiagramLayout.Point> pts = layout.route(e.id());
		return pts.size() < 2 ? straight(sb, tb) : pts;
	}

	/** The label placement of every labelled edge that can be drawn, by edge id. */
	public static Map<String, Placement> place(DiagramGraph graph, DiagramLayout layout) {
		List<DiagramLayout.Bounds> obstacles = new ArrayList<>();
		for (DiagramElement el : graph.elements()) {
			DiagramLayout.Bounds b = layout.absolute(el);
			if (b == null) {
				continue;
			}
			obstacles.add(el.kind() == DiagramElement.Kind.CONTAINER
					? new DiagramLayout.Bounds(b.x(), b.y(), b.width(), Math.min(b.height(), DiagramMetrics.titleHeight(el)))
					: b);
		}
		Map<DiagramEdge, List<DiagramLayout.Point>> routes = new LinkedHashMap<>();
		for (DiagramEdge e : graph.edges()) {
			List<DiagramLayout.Point> pts = route(graph, layout, e);
			if (pts.size() >= 2) {
				routes.put(e, pts);
			}
		}
		Map<String, Placement> out = new LinkedHashMap<>();
		Map<String, Placement> sharedPlace = new java.util.HashMap<>();
		List<DiagramLayout.Bounds> placed = new ArrayList<>();
		for (Map.Entry<DiagramEdge, List<DiagramLayout.Point>> entry : routes.entrySet()) {
			DiagramEdge e = entry.getKey();
			if (e.label() == null || e.label().isEmpty()) {
				continue;
			}
			List<DiagramLayout.Point> pts = entry.getValue();
			// edges between the same two elements drawn over one another (straight, either way) show a label they
			// have in common once: the label of the first one is theirs too
			String key = pairKey(e) + "\n" + DiagramMetrics.edgeLabel(e.label());
			Placement shared = sharedPlace.get(key);
			if (shared != null) {
				Placement same = sameSpot(pts, shared);
				if (same != null) {
					out.put(e.id(), same);
					continue;
				}
			}
			double[] size = DiagramMetrics.edgeLabelSize(e.label());
			// what a label of this edge could touch: the boxes and the other edges near its route
			DiagramLayout.Bounds reach = grow(extent(pts), size[0], size[1]);
			List<DiagramLayout.Bounds> near = new ArrayList<>();
			for (DiagramLayout.Bounds b : obstacles) {
				if (b.intersects(reach)) {
					near.add(b);
				}
			}
			for (DiagramLayout.Bounds b : placed) {
				if (b.intersects(reach)) {
					near.add(b);
				}
			}
			List<List<DiagramLayout.Point>> lines = new ArrayList<>();
			for (Map.Entry<DiagramEdge, List<DiagramLayout.Point>> other : routes.entrySet()) {
				if (other.getKey() != e && extent(other.getValue()).intersects(reach)) {
					lines.add(other.getValue());
				}
			}
			double length = length(pts);
			int steps = (int) Math.max(2, Math.min(200, Math.ceil(length / 4)));
			Placement best = null;
			double bestCost = Double.MAX_VALUE;
			// from the middle outwards, every 4 px or so; the first place that touches nothing wins
			for (int k = 0; k <= steps; k++) {
				double t = 0.5 + (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * (0.45 / (steps / 2.0));
				if (t < 0.05 || t > 0.95) {
					continue;
				}
				DiagramLayout.Point c = pointAt(pts, t);
				DiagramLayout.Bounds box = new DiagramLayout.Bounds(c.x() - size[0] / 2, c.y() - size[1] / 2, size[0],
						size[1]);
				double covered = overlap(box, near);
				double cost = covered > 0 ? COVERING + covered : 0;
				for (List<DiagramLayout.Point> line : lines) {
					if (crosses(line, box)) {
						cost += 1;
					}
				}
				if (cost < bestCost - 1e-9) {
					bestCost = cost;
					best = new Placement(t, c, box);
					if (cost == 0) {
						break;
					}
				}
			}
			out.put(e.id(), best);
			placed.add(best.box());
			sharedPlace.putIfAbsent(key, best);
		}
		return out;
	}

	private static String pairKey(DiagramEdge e) {
		return e.sourceId().compareTo(e.targetId()) <= 0 ? e.sourceId() + "\n" + e.targetId()
				: e.targetId() + "\n" + e.sourceId();
	}

	/** {@code p} on the route {@code pts} when that route runs through the same place (either way), else null. */
	private static Placement sameSpot(List<DiagramLayout.Point> pts, Placement p) {
		for (double t : new double[] { p.position(), 1 - p.position() }) {
			DiagramLayout.Point c = pointAt(pts, t);
			if (dist(c, p.center()) < 0.5) {
				return new Placement(t, p.center(), p.box());
			}
		}
		return null;
	}

	/** Cost of covering a box or label at all: worse than being crossed by any number of other edges (cost 1 each). */
	private static final double COVERING = 1e6;

	private static DiagramLayout.Bounds extent(List<DiagramLayout.Point> pts) {
		double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
		for (DiagramLayout.Point p : pts) {
			x0 = Math.min(x0, p.x());
			y0 = Math.min(y0, p.y());
			x1 = Math.max(x1, p.x());
			y1 = Math.max(y1, p.y());
		}
		return new DiagramLayout.Bounds(x0, y0, x1 - x0, y1 - y0);
	}

	private static DiagramLayout.Bounds grow(DiagramLayout.Bounds b, double w, double h) {
		return new DiagramLayout.Bounds(b.x() - w, b.y() - h, b.width() + 2 * w, b.height() + 2 * h);
	}

	private static double length(List<DiagramLayout.Point> pts) {
		double total = 0;
		for (int i = 1; i < pts.size(); i++) {
			total += dist(pts.get(i - 1), pts.get(i));
		}
		return total;
	}

	/** Whether the polyline passes through the box. */
	private static boolean crosses(List<DiagramLayout.Point> line, DiagramLayout.Bounds r) {
		for (int i = 1; i < line.size(); i++) {
			if (segmentHits(line.get(i - 1), line.get(i), r)) {
				return true;
			}
		}
		return false;
	}

	/** Liang-Barsky: whether the segment a-b meets the rectangle. */
	private static boolean segmentHits(DiagramLayout.Point a, DiagramLayout.Point b, DiagramLayout.Bounds r) {
		double dx = b.x() - a.x(), dy = b.y() - a.y();
		double[] p = { -dx, dx, -dy, dy };
		double[] q = { a.x() - r.x(), r.maxX() - a.x(), a.y() - r.y(), r.maxY() - a.y() };
		double t0 = 0, t1 = 1;
		for (int i = 0; i < 4; i++) {
			if (p[i] == 0) {
				if (q[i] < 0) {
					return false;
				}
			} else {
				double t = q[i] / p[i];
				if (p[i] < 0) {
					t0 = Math.max(t0, t);
				} else {
					t1 = Math.min(t1, t);
				}
				if (t0 > t1) {
					return false;
				}
			}
		}
		return true;
	}

	private static double overlap(DiagramLayout.Bounds a, List<DiagramLayout.Bounds> others) {
		double sum = 0;
		for (DiagramLayout.Bounds b : others) {
			double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
			double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
			if (w > 0 && h > 0) {
				sum += w * h;
			}
		}
		return sum;
	}

	/** The point at fraction {@code t} of the length of the polyline {@code pts}. */
	public static DiagramLayout.Point pointAt(List<DiagramLayout.Point> pts, double t) {
		double rest = length(pts) * t;
		for (int i = 1; i < pts.size(); i++) {
			double d = dist(pts.get(i - 1), pts.get(i));
			if (rest <= d && d > 0) {
				double f = rest / d;
				return new DiagramLayout.Point(pts.get(i - 1).x() + (pts.get(i).x() - pts.get(i - 1).x()) * f,
						pts.get(i - 1).y() + (pts.get(i).y() - pts.get(i - 1).y()) * f);
			}
			rest -= d;
		}
		return pts.get(pts.size() - 1);
	}

	private static double dist(DiagramLayout.Point a, DiagramLayout.Point b) {
		return Math.hypot(b.x() - a.x(), b.y() - a.y());
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
}
