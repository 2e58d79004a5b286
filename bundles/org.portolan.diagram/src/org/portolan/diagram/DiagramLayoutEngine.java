package org.portolan.diagram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link DiagramGraph} out with Eclipse ELK's layered algorithm. {@link #layout(DiagramGraph)} is a full
 * automatic layout (containers enclose their children, siblings do not overlap, edges routed);
 * {@link #layout(DiagramGraph, DiagramLayout)} is incremental: elements with stored bounds keep them, the others are
 * laid out (with ELK, per container) and placed below their positioned siblings, containers grow to enclose them.
 */
public final class DiagramLayoutEngine {

	private static boolean registered;

	private static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	public DiagramLayoutEngine() {
		register();
	}

	// ------------------------------------------------------------------------------------------ full layout

	/**
	 * Full automatic layout of every element and edge. Each container is laid out on its own (ELK's separate
	 * children, which scales to thousands of nodes): edges between siblings are routed; an edge between elements in
	 * different containers pulls the containers that hold them together but is drawn straight (no stored route).
	 */
	public DiagramLayout layout(DiagramGraph graph) {
		ElkNode root = newRoot();
		Map<DiagramElement, ElkNode> nodes = new IdentityHashMap<>();
		for (DiagramElement e : graph.roots()) {
			build(e, root, nodes);
		}
		Map<DiagramEdge, ElkEdge> routed = new LinkedHashMap<>();
		Map<String, ElkEdge> proxies = new java.util.HashMap<>();
		for (DiagramEdge de : graph.edges()) {
			DiagramElement s = graph.find(de.sourceId());
			DiagramElement t = graph.find(de.targetId());
			if (s == null || t == null || DiagramGraph.contains(s, t) || DiagramGraph.contains(t, s)) {
				continue; // ELK cannot route an edge between a container and its own content
			}
			if (s.parent() == t.parent()) {
				ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(s), nodes.get(t));
				label(edge, de.label());
				routed.put(de, edge);
				continue;
			}
			// the edge is drawn straight between its ends: the proxy between their sibling ancestors carries its
			// label, so that ELK keeps room for it between them
			DiagramElement[] pair = siblingAncestors(s, t);
			if (pair != null) {
				String key = pair[0].id() + "\n" + pair[1].id();
				ElkEdge proxy = proxies.get(key);
				if (proxy == null) {
					proxy = ElkGraphUtil.createSimpleEdge(nodes.get(pair[0]), nodes.get(pair[1]));
					proxies.put(key, proxy);
				}
				label(proxy, de.label());
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		DiagramLayout layout = new DiagramLayout();
		for (Map.Entry<DiagramElement, ElkNode> e : nodes.entrySet()) {
			ElkNode n = e.getValue();
			layout.setBounds(e.getKey().id(), new DiagramLayout.Bounds(n.getX(), n.getY(), n.getWidth(), n.getHeight()));
		}
		for (Map.Entry<DiagramEdge, ElkEdge> e : routed.entrySet()) {
			layout.setRoute(e.getKey().id(), route(e.getValue()));
		}
		return layout;
	}

	/** The ancestors (or selves) of {@code s} and {@code t} that are siblings, {@code null} if one contains the other. */
	private static DiagramElement[] siblingAncestors(DiagramElement s, DiagramElement t) {
		List<DiagramElement> sa = new ArrayList<>(), ta = new ArrayList<>();
		for (DiagramElement e = s; e != null; e = e.parent()) {
			sa.add(0, e);
		}
		for (DiagramElement e = t; e != null; e = e.parent()) {
			ta.add(0, e);
		}
		int i = 0;
		while (i < sa.size() && i < ta.size() && sa.get(i) == ta.get(i)) {
			i++;
		}
		if (i >= sa.size() || i >= ta.size()) {
			return null;
		}
		return new DiagramElement[] { sa.get(i), ta.get(i) };
	}

	/**
	 * Gives {@code edge} a label of the size the renderers draw {@code text} at (when it stands for several edges, as
	 * long as their labels in a row), centred on the edge (inline), so that ELK keeps room for it between the nodes.
	 */
	private static void label(ElkEdge edge, String text) {
		if (text == null || text.isEmpty()) {
			return;
		}
		double[] size = DiagramMetrics.edgeLabelSize(text);
		if (!edge.getLabels().isEmpty()) {
			// the edges a proxy stands for are drawn over one another: their labels go one after the other (a
			// text they share is drawn once)
			ElkLabel l = edge.getLabels().get(0);
			String shown = DiagramMetrics.edgeLabel(text);
			if (!java.util.Arrays.asList(l.getText().split("\n")).contains(shown)) {
				l.setText(l.getText() + "\n" + shown);
				l.setDimensions(l.getWidth() + size[0] + PROXY_LABEL_GAP, Math.max(l.getHeight(), size[1]));
			}
			return;
		}
		ElkLabel l = ElkGraphUtil.createLabel(DiagramMetrics.edgeLabel(text), edge);
		l.setDimensions(size[0], size[1]);
		l.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
		l.setProperty(CoreOptions.EDGE_LABELS_INLINE, true);
	}

	/** Room between two labels of the edges a proxy stands for. */
	private static final double PROXY_LABEL_GAP = 12;

	private static ElkNode newRoot() {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
		root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, true);
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
		return root;
	}

	private static void build(DiagramElement e, ElkNode parent, Map<DiagramElement, ElkNode> nodes) {
		ElkNode n = ElkGraphUtil.createNode(parent);
		nodes.put(e, n);
		if (e.kind() == DiagramElement.Kind.CONTAINER) {
			double title = DiagramMetrics.titleHeight(e);
			double pad = DiagramMetrics.CONTAINER_PAD;
			n.setProperty(CoreOptions.PADDING, new ElkPadding(title, pad, pad, pad));
			n.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
			n.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
					new KVector(DiagramMetrics.containerMinWidth(e), title + pad + 20));
			n.setDimensions(DiagramMetrics.containerMinWidth(e), title + pad + 20);
			n.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
			n.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
			n.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
			n.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
			for (DiagramElement c : e.children()) {
				build(c, n, nodes);
			}
		} else {
			n.setDimensions(DiagramMetrics.nodeWidth(e), DiagramMetrics.nodeHeight(e));
		}
	}

	/** Absolute route points of a laid-out edge (ELK gives them relative to the edge's containing node). */
	private static List<DiagramLayout.Point> route(ElkEdge edge) {
		List<DiagramLayout.Point> points = new ArrayList<>();
		double ox = 0, oy = 0;
		for (ElkNode c = edge.getContainingNode(); c != null && c.getParent() != null; c = c.getParent()) {
			ox += c.getX();
			oy += c.getY();
		}
		for (ElkEdgeSection s : edge.getSections()) {
			points.add(new DiagramLayout.Point(s.getStartX() + ox, s.getStartY() + oy));
			for (ElkBendPoint b : s.getBendPoints()) {
				points.add(new DiagramLayout.Point(b.getX() + ox, b.getY() + oy));
			}
			points.add(new DiagramLayout.Point(s.getEndX() + ox, s.getEndY() + oy));
		}
		return points;
	}

	// ------------------------------------------------------------------------------------------ incremental

	/**
	 * Incremental layout: every element with bounds in {@code stored} keeps its position (containers may grow to
	 * enclose new children, nodes to fit their text); new elements are laid out with ELK per container and placed below their positioned
	 * siblings. Routes of edges between two kept elements are kept. With an empty {@code stored} layout this is a full
	 * layout.
	 */
	public DiagramLayout layout(DiagramGraph graph, DiagramLayout stored) {
		if (stored == null || stored.isEmpty()) {
			return layout(graph);
		}
		DiagramLayout out = new DiagramLayout();
		placeLevel(graph, graph.roots(), null, stored, out);
		for (DiagramEdge e : graph.edges()) {
			List<DiagramLayout.Point> r = stored.route(e.id());
			if (!r.isEmpty() && unchanged(graph.find(e.sourceId()), stored, out)
					&& unchanged(graph.find(e.targetId()), stored, out)) {
				out.setRoute(e.id(), r);
			}
		}
		return out;
	}

	private static boolean unchanged(DiagramElement e, DiagramLayout stored, DiagramLayout out) {
		if (e == null) {
			return false;
		}
		DiagramLayout.Bounds a = stored.absolute(e), b = out.absolute(e);
		return a != null && a.equals(b);
	}

	private void placeLevel(DiagramGraph graph, List<DiagramElement> siblings, DiagramElement parent,
			DiagramLayout stored, DiagramLayout out) {
		// sizes first: containers after their content
		Map<DiagramElement, double[]> size = new LinkedHashMap<>();
		for (DiagramElement e : siblings) {
			if (e.kind() == DiagramElement.Kind.CONTAINER) {
				placeLevel(graph, e.children(), e, stored, out);
				double title = DiagramMetrics.titleHeight(e);
				double w = DiagramMetrics.containerMinWidth(e), h = title + DiagramMetrics.CONTAINER_PAD + 20;
				for (DiagramElement c : e.children()) {
					DiagramLayout.Bounds cb = out.bounds(c.id());
					w = Math.max(w, cb.maxX() + DiagramMetrics.CONTAINER_PAD);
					h = Math.max(h, cb.maxY() + DiagramMetrics.CONTAINER_PAD);
				}
				DiagramLayout.Bounds sb = stored.bounds(e.id());
				if (sb != null) {
					w = Math.max(w, sb.width());
					h = Math.max(h, sb.height());
				}
				size.put(e, new double[] { w, h });
			} else {
				// a node is at least as large as its text (which may have grown since the size was stored)
				DiagramLayout.Bounds sb = stored.bounds(e.id());
				double w = DiagramMetrics.nodeWidth(e), h = DiagramMetrics.nodeHeight(e);
				size.put(e, sb != null ? new double[] { Math.max(w, sb.width()), Math.max(h, sb.height()) }
						: new double[] { w, h });
			}
		}
		List<DiagramElement> fresh = new ArrayList<>();
		for (DiagramElement e : siblings) {
			DiagramLayout.Bounds sb = stored.bounds(e.id());
			if (sb == null) {
				fresh.add(e);
			} else {
				out.setBounds(e.id(), new DiagramLayout.Bounds(sb.x(), sb.y(), sb.width(), sb.height()));
			}
		}
		// kept elements that grew (a container around new children, a node around a longer text) push the siblings
		// they would now cover aside
		for (DiagramElement e : siblings) {
			DiagramLayout.Bounds was = out.bounds(e.id());
			double[] s = size.get(e);
			if (was != null && (s[0] > was.width() || s[1] > was.height())) {
				out.setBounds(e.id(), new DiagramLayout.Bounds(was.x(), was.y(), s[0], s[1]));
				makeRoom(out, siblings, e, was);
			}
		}
		if (fresh.isEmpty()) {
			return;
		}
		double knownMinX = Double.MAX_VALUE, knownMaxY = -Double.MAX_VALUE;
		for (DiagramElement e : siblings) {
			DiagramLayout.Bounds b = out.bounds(e.id());
			if (b != null) {
				knownMinX = Math.min(knownMinX, b.x());
				knownMaxY = Math.max(knownMaxY, b.maxY());
			}
		}
		// lay the new siblings out among themselves, then put the block below the kept ones
		ElkNode root = newRoot();
		root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
		if (parent != null) {
			root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		}
		Map<DiagramElement, ElkNode> nodes = new IdentityHashMap<>();
		for (DiagramElement e : fresh) {
			ElkNode n = ElkGraphUtil.createNode(root);
			double[] s = size.get(e);
			n.setDimensions(s[0], s[1]);
			nodes.put(e, n);
		}
		for (DiagramEdge de : graph.edges()) {
			ElkNode s = nodes.get(ancestorAmong(graph.find(de.sourceId()), nodes));
			ElkNode t = nodes.get(ancestorAmong(graph.find(de.targetId()), nodes));
			if (s != null && t != null && s != t) {
				label(ElkGraphUtil.createSimpleEdge(s, t), de.label());
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		double originX, originY;
		if (knownMaxY == -Double.MAX_VALUE) {
			originX = parent == null ? 20 : DiagramMetrics.CONTAINER_PAD;
			originY = parent == null ? 20 : DiagramMetrics.titleHeight(parent);
		} else {
			originX = knownMinX;
			originY = knownMaxY + 30;
		}
		for (Map.Entry<DiagramElement, ElkNode> e : nodes.entrySet()) {
			ElkNode n = e.getValue();
			out.setBounds(e.getKey().id(),
					new DiagramLayout.Bounds(originX + n.getX(), originY + n.getY(), n.getWidth(), n.getHeight()));
		}
	}

	/** Space kept between an element that grew and the siblings it pushed aside. */
	private static final double ROOM_GAP = 20;

	/**
	 * Makes room for {@code grown}, whose box was {@code before} (in {@code layout} it is now larger; boxes grow to the
	 * right and down): the siblings right of its old box move right and those below it move down, each of these two
	 * regions as one block (so nothing among them comes to overlap), just as far as it takes to clear every sibling
	 * the new box would cover or come closer than {@value #ROOM_GAP} px to (and the old box did not). Siblings left of
	 * and above the old box stay. Returns the siblings moved (their edges' routes are stale); the caller grows the container, which may push
	 * its own siblings.
	 */
	public static List<DiagramElement> makeRoom(DiagramLayout layout, List<DiagramElement> siblings,
			DiagramElement grown, DiagramLayout.Bounds before) {
		List<DiagramElement> moved = new ArrayList<>();
		DiagramLayout.Bounds now = layout.bounds(grown.id());
		if (now == null || before == null) {
			return moved;
		}
		DiagramLayout.Bounds reach = new DiagramLayout.Bounds(now.x(), now.y(), now.width() + ROOM_GAP,
				now.height() + ROOM_GAP);
		DiagramLayout.Bounds reachedBefore = new DiagramLayout.Bounds(before.x(), before.y(), before.width() + ROOM_GAP,
				before.height() + ROOM_GAP);
		double dx = 0, dy = 0;
		for (DiagramElement s : siblings) {
			DiagramLayout.Bounds b = s == grown ? null : layout.bounds(s.id());
			// what the new box covers, or comes close to where the old one did not (a sibling the user put that close
			// stays while it is not covered)
			if (b == null || !(b.intersects(now) || b.intersects(reach) && !b.intersects(reachedBefore))) {
				continue;
			}
			if (b.x() >= before.maxX()) {
				dx = Math.max(dx, reach.maxX() - b.x());
			}
			if (b.y() >= before.maxY()) {
				dy = Math.max(dy, reach.maxY() - b.y());
			}
		}
		if (dx <= 0 && dy <= 0) {
			return moved;
		}
		for (DiagramElement s : siblings) {
			DiagramLayout.Bounds b = s == grown ? null : layout.bounds(s.id());
			double sx = b != null && b.x() >= before.maxX() ? dx : 0, sy = b != null && b.y() >= before.maxY() ? dy : 0;
			if (sx > 0 || sy > 0) {
				layout.setBounds(s.id(), b.translate(sx, sy));
				moved.add(s);
			}
		}
		return moved;
	}

	private static DiagramElement ancestorAmong(DiagramElement e, Map<DiagramElement, ElkNode> set) {
		for (DiagramElement a = e; a != null; a = a.parent()) {
			if (set.containsKey(a)) {
				return a;
			}
		}
		return null;
	}
}
