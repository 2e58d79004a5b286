package org.portolan.diagram.glsp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.portolan.diagram.DiagramEdge;
import org.portolan.diagram.DiagramElement;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramLayoutEngine;
import org.portolan.diagram.DiagramMetrics;
import org.portolan.model.NamedElement;

/** Positions for the diagram: the sidecar where it has them, the core's ELK engine for the rest. */
public final class LayoutSupport {

	private static final DiagramLayoutEngine ENGINE = new DiagramLayoutEngine();

	private LayoutSupport() {
	}

	/** A key for a semantic element that survives re-parsing (its type and name). */
	public static String semanticKey(Object semantic) {
		if (semantic instanceof NamedElement named) {
			return named.eClass().getName() + ":" + named.getName();
		}
		return semantic instanceof EObject o ? o.eClass().getName() + ":?" : String.valueOf(semantic);
	}

	/**
	 * Elements renamed since {@code previous} keep their place: ids are name-based, so a renamed element (the same
	 * place in the model, the same mapping) would otherwise be laid out anew. The rename may come from the diagram,
	 * the text editor or Properties; the old entry stays (undo brings the old name back to it).
	 */
	static void carryRenamed(DiagramGraph previous, DiagramGraph graph, DiagramLayout layout) {
		if (previous == null) {
			return;
		}
		Map<String, DiagramElement> vanished = new HashMap<>();
		for (DiagramElement e : previous.elements()) {
			if (graph.find(e.id()) == null && layout.bounds(e.id()) != null) {
				vanished.put(placeKey(e), e);
			}
		}
		if (vanished.isEmpty()) {
			return;
		}
		for (DiagramElement e : graph.elements()) {
			DiagramElement old = layout.bounds(e.id()) == null ? vanished.get(placeKey(e)) : null;
			if (old != null) {
				layout.setBounds(e.id(), layout.bounds(old.id()));
			}
		}
	}

	/** The mapping and the place in the model (the path of containment features, which a rename keeps). */
	private static String placeKey(DiagramElement e) {
		EObject o = e.semantic();
		return e.mappingId() + "|" + (o != null && o.eResource() != null ? o.eResource().getURIFragment(o) : e.id());
	}

	/**
	 * Gives every element of {@code graph} bounds in {@code layout}: elements the user just dropped go where they
	 * were dropped, the others without stored bounds are laid out incrementally by the core's engine (elements with
	 * bounds keep them, nodes grow to fit their text). Elements that are no longer in the graph keep their entries (a
	 * layer switched off must not lose its layout).
	 */
	static void complete(DiagramGraph graph, DiagramLayout layout, PortolanModelState state) {
		boolean missing = false;
		for (DiagramElement e : graph.elements()) {
			if (layout.bounds(e.id()) != null) {
				continue;
			}
			DiagramLayout.Point dropped = state == null ? null : state.placement(semanticKey(e.semantic()));
			DiagramLayout.Bounds parent = e.parent() == null ? null : layout.absolute(e.parent());
			if (dropped != null && (e.parent() == null || parent != null)) {
				double x = dropped.x() - (parent == null ? 0 : parent.x());
				double y = dropped.y() - (parent == null ? 0 : parent.y());
				layout.setBounds(e.id(), new DiagramLayout.Bounds(Math.max(0, x), Math.max(0, y), width(e), height(e)));
				growParents(graph, e, layout);
			} else {
				missing = true;
			}
		}
		if (missing) {
			layout.takeFrom(ENGINE.layout(graph, layout));
			return;
		}
		// a node whose text grew (an edit, a longer name) grows to fit it, and its containers with it
		for (DiagramElement e : graph.elements()) {
			if (e.kind() != DiagramElement.Kind.NODE) {
				continue;
			}
			DiagramLayout.Bounds b = layout.bounds(e.id());
			double w = Math.max(b.width(), DiagramMetrics.nodeWidth(e)), h = Math.max(b.height(), DiagramMetrics.nodeHeight(e));
			if (w > b.width() || h > b.height()) {
				layout.setBounds(e.id(), new DiagramLayout.Bounds(b.x(), b.y(), w, h));
				makeRoom(graph, e, b, layout);
				growParents(graph, e, layout);
			}
		}
	}

	/** A full automatic layout (the Layout action). */
	public static DiagramLayout full(DiagramGraph graph) {
		return ENGINE.layout(graph);
	}

	static double width(DiagramElement e) {
		return e.kind() == DiagramElement.Kind.CONTAINER ? DiagramMetrics.containerMinWidth(e) : DiagramMetrics.nodeWidth(e);
	}

	static double height(DiagramElement e) {
		return e.kind() == DiagramElement.Kind.CONTAINER ? DiagramMetrics.titleHeight(e) + 60 : DiagramMetrics.nodeHeight(e);
	}

	/**
	 * Grows the containers of {@code e} so that they enclose it; a container that grows pushes the siblings it would
	 * cover aside (the core's {@link DiagramLayoutEngine#makeRoom}), and so on up to the top level.
	 */
	public static void growParents(DiagramGraph graph, DiagramElement e, DiagramLayout layout) {
		for (DiagramElement child = e, parent = e.parent(); parent != null; child = parent, parent = parent.parent()) {
			DiagramLayout.Bounds c = layout.bounds(child.id());
			if (c == null || !growToEnclose(graph, parent, c, layout)) {
				return;
			}
		}
	}

	/**
	 * Grows {@code container} so that it encloses {@code child} (bounds in the container's coordinates), pushing aside
	 * the siblings it would cover; returns whether it grew (its own containers are the caller's).
	 */
	public static boolean growToEnclose(DiagramGraph graph, DiagramElement container, DiagramLayout.Bounds child,
			DiagramLayout layout) {
		DiagramLayout.Bounds p = layout.bounds(container.id());
		if (p == null) {
			return false;
		}
		double w = Math.max(p.width(), child.maxX() + DiagramMetrics.CONTAINER_PAD);
		double h = Math.max(p.height(), child.maxY() + DiagramMetrics.CONTAINER_PAD);
		if (w == p.width() && h == p.height()) {
			return false;
		}
		layout.setBounds(container.id(), new DiagramLayout.Bounds(p.x(), p.y(), w, h));
		makeRoom(graph, container, p, layout);
		return true;
	}

	/** {@code grown} (which was {@code before}) pushes the siblings it would cover aside; their routes are dropped. */
	public static void makeRoom(DiagramGraph graph, DiagramElement grown, DiagramLayout.Bounds before, DiagramLayout layout) {
		List<DiagramElement> siblings = grown.parent() == null ? graph.roots() : grown.parent().children();
		for (DiagramElement moved : DiagramLayoutEngine.makeRoom(layout, siblings, grown, before)) {
			dropRoutes(graph, layout, moved.id());
		}
	}

	/** Forgets the routes of the edges attached to {@code elementId} (they are routed again after a move). */
	public static void dropRoutes(DiagramGraph graph, DiagramLayout layout, String elementId) {
		for (DiagramEdge edge : graph.edges()) {
			DiagramElement s = graph.find(edge.sourceId());
			DiagramElement t = graph.find(edge.targetId());
			DiagramElement moved = graph.find(elementId);
			if (moved != null && (s != null && DiagramGraph.contains(moved, s) || t != null && DiagramGraph.contains(moved, t))) {
				layout.setRoute(edge.id(), null);
			}
		}
	}
}
