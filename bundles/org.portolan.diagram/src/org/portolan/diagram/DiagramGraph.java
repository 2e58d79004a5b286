package org.portolan.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/** The result of {@link DiagramMapper#map}: root elements (containers and nodes), their children, and edges. */
public final class DiagramGraph {

	private final List<DiagramElement> roots;
	private final List<DiagramEdge> edges;
	private final Map<String, DiagramElement> elements = new LinkedHashMap<>();
	private final Map<String, DiagramEdge> edgesById = new LinkedHashMap<>();
	private final Map<EObject, DiagramElement> bySemantic = new java.util.IdentityHashMap<>();

	DiagramGraph(List<DiagramElement> roots, List<DiagramEdge> edges) {
		this.roots = List.copyOf(roots);
		this.edges = List.copyOf(edges);
		for (DiagramElement r : roots) {
			index(r);
		}
		for (DiagramEdge e : edges) {
			edgesById.put(e.id(), e);
		}
	}

	private void index(DiagramElement e) {
		elements.put(e.id(), e);
		bySemantic.putIfAbsent(e.semantic(), e);
		for (DiagramElement c : e.children) {
			index(c);
		}
	}

	public List<DiagramElement> roots() {
		return roots;
	}

	public List<DiagramEdge> edges() {
		return edges;
	}

	/** Every element, parents before children. */
	public List<DiagramElement> elements() {
		return Collections.unmodifiableList(new ArrayList<>(elements.values()));
	}

	/** The element with this id, else {@code null}. */
	public DiagramElement find(String id) {
		return elements.get(id);
	}

	/** The edge with this id, else {@code null}. */
	public DiagramEdge findEdge(String id) {
		return edgesById.get(id);
	}

	/** The element that shows {@code semantic}, else {@code null}. */
	public DiagramElement elementOf(EObject semantic) {
		return bySemantic.get(semantic);
	}

	/** True when {@code ancestor} is {@code element} or contains it. */
	public static boolean contains(DiagramElement ancestor, DiagramElement element) {
		for (DiagramElement e = element; e != null; e = e.parent()) {
			if (e == ancestor) {
				return true;
			}
		}
		return false;
	}
}
