package org.portolan.diagram.glsp.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.types.ElementAndRoutingPoints;
import org.portolan.diagram.DiagramEdge;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.glsp.PortolanModelState;

import com.google.inject.Inject;

/** Bend points of edges: stored in the layout sidecar (start and end are where the edge meets its nodes). */
public class ChangeRoutingPointsHandler extends BasicOperationHandler<ChangeRoutingPointsOperation> {

	@Inject
	protected PortolanModelState state;

	@Override
	public Class<ChangeRoutingPointsOperation> getHandledOperationType() {
		return ChangeRoutingPointsOperation.class;
	}

	@Override
	public String getLabel() {
		return "Route edge";
	}

	@Override
	public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
		DiagramGraph graph = Edits.graph(state);
		return Optional.of(state.document().layoutEdit("Route edge", after -> {
			for (ElementAndRoutingPoints change : operation.getNewRoutingPoints()) {
				DiagramEdge edge = graph.findEdge(change.getElementId());
				if (edge == null) {
					continue;
				}
				List<DiagramLayout.Point> points = new ArrayList<>();
				DiagramLayout.Bounds s = after.absolute(graph.find(edge.sourceId()));
				DiagramLayout.Bounds t = after.absolute(graph.find(edge.targetId()));
				if (s != null && t != null && !change.getNewRoutingPoints().isEmpty()) {
					points.add(new DiagramLayout.Point(s.x() + s.width() / 2, s.y() + s.height() / 2));
					for (GPoint p : change.getNewRoutingPoints()) {
						points.add(new DiagramLayout.Point(p.getX(), p.getY()));
					}
					points.add(new DiagramLayout.Point(t.x() + t.width() / 2, t.y() + t.height() / 2));
				}
				after.setRoute(edge.id(), points);
			}
		}));
	}
}
