package org.portolan.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Positions and sizes of a diagram's elements by element id, and optional edge routes by edge id. Node and container
 * bounds are relative to the parent container's top-left corner (root elements: to the diagram's origin), as GLSP
 * positions children; edge routes are absolute diagram coordinates (start, bend points, end). Mutable, not
 * thread-safe.
 */
public final class DiagramLayout {

	public record Bounds(double x, double y, double width, double height) {
		public double maxX() {
			return x + width;
		}

		public double maxY() {
			return y + height;
		}

		public Bounds translate(double dx, double dy) {
			return new Bounds(x + dx, y + dy, width, height);
		}

		public boolean intersects(Bounds o) {
			return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
		}

		public boolean encloses(Bounds o) {
			return o.x >= x && o.y >= y && o.maxX() <= maxX() && o.maxY() <= maxY();
		}
	}

	public record Point(double x, double y) {
	}

	private final Map<String, Bounds> bounds = new TreeMap<>();
	private final Map<String, List<Point>> routes = new TreeMap<>();

	public DiagramLayout() {
	}

	public DiagramLayout(DiagramLayout other) {
		bounds.putAll(other.bounds);
		routes.putAll(other.routes);
	}

	/** Bounds of the element relative to its parent, else {@code null}. */
	public Bounds bounds(String id) {
		return bounds.get(id);
	}

	public void setBounds(String id, Bounds b) {
		bounds.put(id, b);
	}

	public void remove(String id) {
		bounds.remove(id);
		routes.remove(id);
	}

	/**
	 * Takes the bounds and routes of {@code source} (a layout the engine computed): its elements' bounds replace
	 * these, bounds of other elements stay, routes are exactly the source's.
	 */
	public void takeFrom(DiagramLayout source) {
		bounds.putAll(source.bounds);
		routes.clear();
		routes.putAll(source.routes);
	}

	/** Becomes a copy of {@code source} (undo/redo of layout edits). */
	public void setTo(DiagramLayout source) {
		bounds.clear();
		routes.clear();
		bounds.putAll(source.bounds);
		routes.putAll(source.routes);
	}

	/** Absolute route points of the edge, empty when the edge has no stored route. */
	public List<Point> route(String edgeId) {
		return routes.getOrDefault(edgeId, List.of());
	}

	public void setRoute(String edgeId, List<Point> points) {
		if (points == null || points.isEmpty()) {
			routes.remove(edgeId);
		} else {
			routes.put(edgeId, List.copyOf(points));
		}
	}

	public Map<String, Bounds> allBounds() {
		return Collections.unmodifiableMap(bounds);
	}

	public Map<String, List<Point>> allRoutes() {
		return Collections.unmodifiableMap(routes);
	}

	public boolean isEmpty() {
		return bounds.isEmpty();
	}

	/** Absolute bounds of {@code e}: its bounds plus those of its ancestors; {@code null} if any is missing. */
	public Bounds absolute(DiagramElement e) {
		Bounds b = bounds.get(e.id());
		if (b == null) {
			return null;
		}
		for (DiagramElement p = e.parent(); p != null; p = p.parent()) {
			Bounds pb = bounds.get(p.id());
			if (pb == null) {
				return null;
			}
			b = b.translate(pb.x(), pb.y());
		}
		return b;
	}

	/** Keeps only the ids of elements and edges of {@code graph} (drops what no longer exists). */
	public void retain(DiagramGraph graph) {
		List<String> gone = new ArrayList<>();
		for (String id : bounds.keySet()) {
			if (graph.find(id) == null) {
				gone.add(id);
			}
		}
		gone.forEach(bounds::remove);
		routes.keySet().removeIf(id -> graph.findEdge(id) == null);
	}
}
