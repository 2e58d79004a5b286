package org.portolan.diagram.glsp.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerElementCreationAction;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.portolan.diagram.glsp.DiagramDocument;
import org.portolan.diagram.glsp.PortolanModelState;
import org.portolan.model.Addressable;
import org.portolan.model.PortolanFactory;
import org.portolan.model.ProtocolConnector;
import org.portolan.model.Transport;

import com.google.inject.Inject;
import org.portolan.dsl.ide.services.ModelTextEdits.RefusedEdit;

/** Draws a connector (a protocol connector {@code connector c from a to b tcp}) between two addressable elements. */
public class CreateConnectorHandler extends BasicOperationHandler<CreateEdgeOperation>
		implements CreateOperationHandler<CreateEdgeOperation> {

	public static final String CONNECTOR = "edge:connector";

	@Inject
	protected PortolanModelState state;

	@Override
	public Class<CreateEdgeOperation> getHandledOperationType() {
		return CreateEdgeOperation.class;
	}

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(CONNECTOR);
	}

	@Override
	public List<TriggerElementCreationAction> getTriggerActions() {
		return List.of(new TriggerEdgeCreationAction(CONNECTOR));
	}

	@Override
	public String getLabel() {
		return "Connector";
	}

	@Override
	public Optional<Command> createCommand(CreateEdgeOperation operation) {
		Addressable from = addressable(Edits.requireSemantic(state, operation.getSourceElementId()));
		Addressable to = addressable(Edits.requireSemantic(state, operation.getTargetElementId()));
		return Optional.of(state.document().edit("Create connector", topology -> {
			ProtocolConnector connector = PortolanFactory.eINSTANCE.createProtocolConnector();
			connector.setName(Edits.uniqueName(topology, "connector"));
			connector.setFrom(Edits.fresh(topology, from));
			connector.setTo(Edits.fresh(topology, to));
			connector.setTransport(Transport.TCP);
			topology.getConnectors().add(connector);
		}, null));
	}

	static Addressable addressable(EObject element) {
		if (element instanceof Addressable a) {
			return a;
		}
		throw new RefusedEdit("A connector joins servers, pools, load balancers, zones or external parties, not "
				+ element.eClass().getName() + ".");
	}
}
