package org.portolan.diagram.glsp.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.portolan.diagram.DiagramElement;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.glsp.LayoutSupport;
import org.portolan.diagram.glsp.PortolanModelState;

import com.google.inject.Inject;

/** Moves and resizes elements: only the layout sidecar changes, never the text. Undoable like model edits. */
public class ChangeBoundsHandler extends BasicOperationHandler<ChangeBoundsOperation> {

	@Inject
	protected PortolanModelState state;

	@Override
	public Class<ChangeBoundsOperation> getHandledOperationType() {
		return ChangeBoundsOperation.class;
	}

	@Override
	public String getLabel() {
		return "Move";
	}

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation operation) {
		DiagramGraph graph = Edits.graph(state);
		return Optional.of(state.document().layoutEdit("Move", after -> {
			for (ElementAndBounds change : operation.getNewBounds()) {
				DiagramElement element = graph.find(change.getElementId());
				if (element == null) {
					continue;
				}
				DiagramLayout.Bounds old = after.bounds(element.id());
				double x = change.getNewPosition() != null ? change.getNewPosition().getX() : old == null ? 0 : old.x();
				double y = change.getNewPosition() != null ? change.getNewPosition().getY() : old == null ? 0 : old.y();
				double w = change.getNewSize() != null ? change.getNewSize().getWidth() : old == null ? 120 : old.width();
				double h = change.getNewSize() != null ? change.getNewSize().getHeight() : old == null ? 40 : old.height();
				after.setBounds(element.id(), new DiagramLayout.Bounds(x, y, w, h));
				LayoutSupport.growParents(element, after);
				LayoutSupport.dropRoutes(graph, after, element.id());
			}
		}));
	}
}
