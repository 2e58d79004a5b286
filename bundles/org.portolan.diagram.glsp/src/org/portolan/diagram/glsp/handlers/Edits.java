package org.portolan.diagram.glsp.handlers;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.portolan.diagram.DiagramElement;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.glsp.DiagramDocument;
import org.portolan.diagram.glsp.PortolanGModelFactory;
import org.portolan.diagram.glsp.PortolanModelState;
import org.portolan.model.NamedElement;
import org.portolan.model.Topology;
import org.portolan.dsl.ide.services.ModelTextEdits.RefusedEdit;

/** Helpers shared by the operation handlers. */
final class Edits {

	private Edits() {
	}

	static DiagramGraph graph(PortolanModelState state) {
		DiagramGraph graph = state.graph();
		if (graph == null) {
			throw new RefusedEdit("The diagram has no model yet.");
		}
		return graph;
	}

	/** The model element (of the last mapped model) behind a diagram id; null when it has none. */
	static EObject semantic(PortolanModelState state, String id) {
		Object semantic = PortolanGModelFactory.semanticOf(graph(state), id);
		return semantic instanceof EObject o ? o : null;
	}

	static EObject requireSemantic(PortolanModelState state, String id) {
		EObject semantic = semantic(state, id);
		if (semantic == null) {
			throw new RefusedEdit("'" + id + "' is derived from the model (e.g. a required flow) and cannot be edited in the diagram.");
		}
		return semantic;
	}

	/** The element of the fresh parse that corresponds to {@code element}. */
	@SuppressWarnings("unchecked")
	static <T extends EObject> T fresh(Topology freshTopology, T element) {
		EObject result = DiagramDocument.resolve(freshTopology, element);
		if (result == null) {
			throw new RefusedEdit("The element is no longer in the model.");
		}
		return (T) result;
	}

	/** The semantic element of the container with id {@code containerId} (a site or zone), or null for the canvas. */
	static EObject container(PortolanModelState state, String containerId) {
		if (containerId == null || containerId.equals(PortolanGModelFactory.GRAPH_ID)) {
			return null;
		}
		DiagramElement element = graph(state).find(containerId);
		return element == null ? null : element.semantic();
	}

	/** {@code base}1, {@code base}2, ... : the first name no element of the topology has. */
	static String uniqueName(Topology topology, String base) {
		Set<String> used = new HashSet<>();
		for (TreeIterator<EObject> it = topology.eAllContents(); it.hasNext();) {
			if (it.next() instanceof NamedElement named && named.getName() != null) {
				used.add(named.getName());
			}
		}
		for (int i = 1;; i++) {
			if (!used.contains(base + i)) {
				return base + i;
			}
		}
	}
}
