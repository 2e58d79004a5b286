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

	/**
	 * The points every edge is drawn through (absolute), by edge id in graph order; edges with an end without bounds
	 * are left out. An edge follows its stored route. Edges without one run straight between the centres of their
	 * ends, clipped to the boxes, unless other edges with another label join the same two elements (derived flows
	 * between two servers in different zones, say): then each label gets its own lane, bent at the middle to one side
	 * so that the labels stack beside each other instead of on one line. Edges with the same label share a lane.
	 */
	public static Map<String, List<DiagramLayout.Point>> routes(DiagramGraph graph, DiagramLayout layout) {
		Map<String, List<DiagramLayout.Point>> out = new LinkedHashMap<>();
		Map<String, List<DiagramEdge>> unrouted = new LinkedHashMap<>();
		for (DiagramEdge e : graph.edges()) {
			DiagramElement src = graph.find(e.sourceId()), tgt = graph.find(e.targetId());
			if (src == null || tgt == null || layout.absolute(src) == null || layout.absolute(tgt) == null) {
				continue;
			}
			List<DiagramLayout.Point> pts = layout.route(e.id());
			out.put(e.id(), pts.size() >= 2 ? pts : null); // null: filled in below, in graph order
			if (pts.size() < 2) {
				unrouted.computeIfAbsent(pairKey(e), k -> new ArrayList<>()).add(e);
			}
		}
		for (List<DiagramEdge> group : unrouted.values()) {
			Map<String, Integer> lanes = new LinkedHashMap<>();
			double w = 0, h = 0;
			for (DiagramEdge e : group) {
				String text = DiagramMetrics.edgeLabel(e.label());
				lanes.putIfAbsent(text, lanes.size());
				if (!text.isEmpty()) {
					double[] size = DiagramMetrics.edgeLabelSize(e.label());
					w = Math.max(w, size[0]);
					h = Math.max(h, size[1]);
				}
			}
			// the lanes' sides are taken from the pair's first end to its second, whichever way each edge points
			DiagramEdge first = group.get(0);
			boolean forward = first.sourceId().compareTo(first.targetId()) <= 0;
			DiagramLayout.Bounds a = layout.absolute(graph.find(forward ? first.sourceId() : first.targetId()));
			DiagramLayout.Bounds b = layout.absolute(graph.find(forward ? first.targetId() : first.sourceId()));
			double ax = a.x() + a.width() / 2, ay = a.y() + a.height() / 2;
			double bx = b.x() + b.width() / 2, by = b.y() + b.height() / 2;
			double length = Math.hypot(bx - ax, by - ay);
			double nx = length == 0 ? 0 : -(by - ay) / length, ny = length == 0 ? 0 : (bx - ax) / length;
			// lanes far enough apart that the labels at their bends do not meet (across a steep edge that would take
			// a label's width: capped, the placement then slides labels along their lanes)
			double gap = Math.min(Math.abs(nx) < 1e-9 ? Double.MAX_VALUE : (w + LANE_MARGIN) / Math.abs(nx),
					Math.abs(ny) < 1e-9 ? Double.MAX_VALUE : (h + LANE_MARGIN) / Math.abs(ny));
			gap = Math.max(MIN_LANE_GAP, Math.min(MAX_LANE_GAP, gap));
			for (DiagramEdge e : group) {
				DiagramLayout.Bounds sb = layout.absolute(graph.find(e.sourceId()));
				DiagramLayout.Bounds tb = layout.absolute(graph.find(e.targetId()));
				double offset = (lanes.get(DiagramMetrics.edgeLabel(e.label())) - (lanes.size() - 1) / 2.0) * gap;
				if (lanes.size() < 2 || length == 0 || Math.abs(offset) < 1e-9) {
					out.put(e.id(), straight(sb, tb));
					continue;
				}
				DiagramLayout.Point bend = new DiagramLayout.Point((ax + bx) / 2 + nx * offset, (ay + by) / 2 + ny * offset);
				out.put(e.id(), List.of(clip(sb, sb.x() + sb.width() / 2, sb.y() + sb.height() / 2, bend.x(), bend.y()), bend,
						clip(tb, tb.x() + tb.width() / 2, tb.y() + tb.height() / 2, bend.x(), bend.y())));
			}
		}
		return out;
	}

	/** Lanes of edges between the same two elements: space beside a label, least and most distance between lanes. */
	private static final double LANE_MARGIN = 4, MIN_LANE_GAP = 12, MAX_LANE_GAP = 48;

	/** The label placement of every labelled edge that can be drawn, by edge id. */
	public static Map<String, Placement> place(DiagramGraph graph, DiagramLayout layout) {
		return place(graph, layout, routes(graph, layout));
	}

	/** The same, for edges drawn along {@code drawn} ({@link #routes} of the same graph and layout). */
	public static Map<String, Placement> place(DiagramGraph graph, DiagramLayout layout,
			Map<String, List<DiagramLayout.Point>> drawn) {
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
			List<DiagramLayout.Point> pts = drawn.get(e.id());
			if (pts != null && pts.size() >= 2) {
				routes.put(e, pts);
			}
		}
		if (routes.isEmpty()) {
			return new LinkedHashMap<>();
		}
		// what a label could touch, found through grids over the drawing (checking every box and edge for every
		// candidate place took about a second for 2,000 nodes): boxes are the nodes' and title bands' (indices in
		// element order) then the labels placed so far
		double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
		for (DiagramLayout.Bounds b : obstacles) {
			x0 = Math.min(x0, b.x());
			y0 = Math.min(y0, b.y());
			x1 = Math.max(x1, b.maxX());
			y1 = Math.max(y1, b.maxY());
		}
		for (List<DiagramLayout.Point> pts : routes.values()) {
			for (DiagramLayout.Point p : pts) {
				x0 = Math.min(x0, p.x());
				y0 = Math.min(y0, p.y());
				x1 = Math.max(x1, p.x());
				y1 = Math.max(y1, p.y());
			}
		}
		DiagramLayout.Bounds area = new DiagramLayout.Bounds(x0, y0, x1 - x0, y1 - y0);
		Grid boxGrid = new Grid(area), lineGrid = new Grid(area);
		List<DiagramLayout.Bounds> boxes = new ArrayList<>(obstacles);
		for (int i = 0; i < obstacles.size(); i++) {
			boxGrid.add(i, obstacles.get(i));
		}
		// edges drawn along the same points (e.g. derived flows between the same two zones) make one line, which
		// crosses a box once for each of them
		Map<List<DiagramLayout.Point>, Integer> lineOfRoute = new java.util.HashMap<>();
		List<List<DiagramLayout.Point>> lines = new ArrayList<>();
		List<Integer> edgesAlong = new ArrayList<>();
		int[] lineOf = new int[routes.size()];
		int r = 0;
		for (List<DiagramLayout.Point> pts : routes.values()) {
			Integer line = lineOfRoute.get(pts);
			if (line == null) {
				line = lines.size();
				lineOfRoute.put(pts, line);
				lines.add(pts);
				edgesAlong.add(0);
				for (int j = 1; j < pts.size(); j++) {
					lineGrid.add(line, pts.get(j - 1), pts.get(j));
				}
			}
			edgesAlong.set(line, edgesAlong.get(line) + 1);
			lineOf[r++] = line;
		}
		Map<String, Placement> out = new LinkedHashMap<>();
		Map<String, Placement> sharedPlace = new java.util.HashMap<>();
		int index = -1;
		for (Map.Entry<DiagramEdge, List<DiagramLayout.Point>> entry : routes.entrySet()) {
			index++;
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
				boxGrid.near(box);
				java.util.Arrays.sort(boxGrid.found, 0, boxGrid.count); // in index order, as the sum over all boxes
				double covered = 0;
				for (int i = 0; i < boxGrid.count; i++) {
					covered += overlap(box, boxes.get(boxGrid.found[i]));
				}
				double cost = covered > 0 ? COVERING + covered : 0;
				lineGrid.near(box);
				for (int i = 0; i < lineGrid.count; i++) {
					int l = lineGrid.found[i];
					if (crosses(lines.get(l), box)) {
						// one for each other edge along the line (added one by one, as when every edge was checked)
						for (int n = edgesAlong.get(l) - (l == lineOf[index] ? 1 : 0); n > 0; n--) {
							cost += 1;
						}
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
			boxGrid.add(boxes.size(), best.box());
			boxes.add(best.box());
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

	/** The area {@code a} and {@code b} have in common. */
	private static double overlap(DiagramLayout.Bounds a, DiagramLayout.Bounds b) {
		double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
		double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
		return w > 0 && h > 0 ? w * h : 0;
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

	/**
	 * A uniform grid of square cells over the drawing: each cell lists the items (boxes or polylines, by index) that
	 * may touch it, so that a label's candidate place is checked against what is near it only. Whatever lies outside
	 * the grid's area goes to its border cells. {@link #near} finds every item added with a box or segment that
	 * touches the box asked for (and maybe a few more), each once.
	 */
	private static final class Grid {

		/** Cells a grid has at most (larger drawings get larger cells). */
		private static final double MAX_CELLS = 1 << 16;

		private static final double EPS = 1e-6;

		private final double x0, y0, cell;
		private final int cols, rows;
		private final int[][] cells;
		private int[] seen = new int[64];
		private int query;
		/** The items {@link #near} found, in {@code found[0..count)}. */
		int[] found = new int[16];
		int count;

		Grid(DiagramLayout.Bounds area) {
			x0 = area.x();
			y0 = area.y();
			cell = Math.max(64, Math.sqrt(area.width() * area.height() / MAX_CELLS));
			cols = Math.max(1, (int) Math.min(1 << 12, Math.ceil(area.width() / cell)));
			rows = Math.max(1, (int) Math.min(1 << 12, Math.ceil(area.height() / cell)));
			cells = new int[cols * rows][];
		}

		void add(int item, DiagramLayout.Bounds b) {
			int c1 = col(b.maxX() + EPS), r0 = row(b.y() - EPS), r1 = row(b.maxY() + EPS);
			for (int c = col(b.x() - EPS); c <= c1; c++) {
				for (int r = r0; r <= r1; r++) {
					put(c, r, item);
				}
			}
		}

		/** Adds {@code item} to the cells the segment a-b passes through (column by column). */
		void add(int item, DiagramLayout.Point a, DiagramLayout.Point b) {
			if (a.x() > b.x()) {
				DiagramLayout.Point t = a;
				a = b;
				b = t;
			}
			double dx = b.x() - a.x(), dy = b.y() - a.y();
			int c1 = col(b.x() + EPS);
			for (int c = col(a.x() - EPS); c <= c1; c++) {
				double ylo = a.y(), yhi = b.y();
				if (dx > 0) { // the segment's ends within this column (the outer columns reach to infinity)
					double lo = c == 0 ? a.x() : Math.max(a.x(), x0 + c * cell);
					double hi = c == cols - 1 ? b.x() : Math.min(b.x(), x0 + (c + 1) * cell);
					ylo = a.y() + dy * Math.max(0, Math.min(1, (lo - a.x()) / dx));
					yhi = a.y() + dy * Math.max(0, Math.min(1, (hi - a.x()) / dx));
				}
				int r1 = row(Math.max(ylo, yhi) + EPS);
				for (int r = row(Math.min(ylo, yhi) - EPS); r <= r1; r++) {
					put(c, r, item);
				}
			}
		}

		/** Finds the items that may touch {@code b}: {@code found[0..count)}, in no particular order. */
		void near(DiagramLayout.Bounds b) {
			query++;
			count = 0;
			int c1 = col(b.maxX() + EPS), r0 = row(b.y() - EPS), r1 = row(b.maxY() + EPS);
			for (int c = col(b.x() - EPS); c <= c1; c++) {
				for (int r = r0; r <= r1; r++) {
					int[] items = cells[c * rows + r];
					if (items == null) {
						continue;
					}
					for (int i = 1; i <= items[0]; i++) {
						int item = items[i];
						if (seen[item] != query) {
							seen[item] = query;
							if (count == found.length) {
								found = java.util.Arrays.copyOf(found, count * 2);
							}
							found[count++] = item;
						}
					}
				}
			}
		}

		/** Appends {@code item} to a cell's list (its first slot holds the count); an item goes in once per cell. */
		private void put(int c, int r, int item) {
			if (item >= seen.length) {
				seen = java.util.Arrays.copyOf(seen, Math.max(item + 1, seen.length * 2));
			}
			int i = c * rows + r;
			int[] items = cells[i];
			if (items == null) {
				cells[i] = items = new int[4];
			} else if (items[items[0]] == item) {
				return; // the same item's next segment in the same cell
			} else if (items[0] + 1 == items.length) {
				cells[i] = items = java.util.Arrays.copyOf(items, items.length * 2);
			}
			items[++items[0]] = item;
		}

		private int col(double x) {
			return (int) Math.max(0, Math.min(cols - 1, Math.floor((x - x0) / cell)));
		}

		private int row(double y) {
			return (int) Math.max(0, Math.min(rows - 1, Math.floor((y - y0) / cell)));
		}
	}
}
