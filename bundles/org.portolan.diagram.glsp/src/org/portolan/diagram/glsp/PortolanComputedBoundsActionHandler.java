package org.portolan.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ComputedBoundsAction;
import org.eclipse.glsp.server.features.core.model.ComputedBoundsActionHandler;
import org.eclipse.glsp.server.types.ElementAndBounds;

/**
 * Takes from the client's measurement (its hidden rendering) what only the client knows, the size and alignment of
 * the labels' text, and never a node's size: the nodes' sizes are the layout's (the diagram core's metrics, as in the
 * exports). A node measured by the client also covers whatever is drawn over its border, e.g. a validation marker at
 * its corner; taking that as its size made decorated nodes wider than the layout left room for, over their
 * neighbours.
 */
public class PortolanComputedBoundsActionHandler extends ComputedBoundsActionHandler {

	@Override
	public List<Action> executeAction(ComputedBoundsAction action) {
		List<ElementAndBounds> labels = action.getBounds() == null ? List.of()
				: action.getBounds().stream().filter(b -> !isNode(b.getElementId())).toList();
		return super.executeAction(new ComputedBoundsAction(labels, action.getAlignments(), action.getRoutes(),
				action.getRevision().orElse(0)));
	}

	private boolean isNode(String id) {
		return modelState.getIndex().get(id).map(GNode.class::isInstance).orElse(false);
	}
}
