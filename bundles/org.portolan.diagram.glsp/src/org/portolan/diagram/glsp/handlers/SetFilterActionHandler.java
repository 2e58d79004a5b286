package org.portolan.diagram.glsp.handlers;

import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.portolan.diagram.DiagramFilter;
import org.portolan.diagram.glsp.PortolanActions;
import org.portolan.diagram.glsp.PortolanModelState;
import org.portolan.diagram.glsp.PortolanStyles;

import com.google.inject.Inject;

/** Switches layers and filters: the graph is mapped again with the new {@link DiagramFilter} and sent. */
public class SetFilterActionHandler extends AbstractActionHandler<PortolanActions.SetFilterAction> {

	@Inject
	protected PortolanModelState state;

	@Inject
	protected ModelSubmissionHandler submissionHandler;

	@Override
	protected List<Action> executeAction(PortolanActions.SetFilterAction action) {
		state.setFilter(new DiagramFilter(new LinkedHashSet<>(action.visibleLayers), new LinkedHashSet<>(action.activeFilters)));
		List<Action> result = new java.util.ArrayList<>(submissionHandler.submitModel());
		result.add(PortolanStyles.layersAction(state));
		return result;
	}
}
