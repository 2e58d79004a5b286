package org.portolan.diagram.glsp.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.portolan.diagram.glsp.DiagramDocument;
import org.portolan.diagram.glsp.PortolanModelState;
import org.portolan.model.Addressable;
import org.portolan.model.ProtocolConnector;

import com.google.inject.Inject;
import org.portolan.dsl.ide.services.ModelTextEdits.RefusedEdit;

/** Moves an end of a connector to another element (changes {@code from}/{@code to} in the text). */
public class ReconnectHandler extends BasicOperationHandler<ReconnectEdgeOperation> {

	@Inject
	protected PortolanModelState state;

	@Override
	public Class<ReconnectEdgeOperation> getHandledOperationType() {
		return ReconnectEdgeOperation.class;
	}

	@Override
	public String getLabel() {
		return "Reconnect";
	}

	@Override
	public Optional<Command> createCommand(ReconnectEdgeOperation operation) {
		EObject edge = Edits.requireSemantic(state, operation.getEdgeElementId());
		if (!(edge instanceof ProtocolConnector connector)) {
			throw new RefusedEdit("Only connectors can be reconnected in the diagram; edit "
					+ edge.eClass().getName() + " in the text or Properties.");
		}
		Addressable from = CreateConnectorHandler.addressable(Edits.requireSemantic(state, operation.getSourceElementId()));
		Addressable to = CreateConnectorHandler.addressable(Edits.requireSemantic(state, operation.getTargetElementId()));
		return Optional.of(state.document().edit("Reconnect " + connector.getName(), topology -> {
			ProtocolConnector fresh = Edits.fresh(topology, connector);
			fresh.setFrom(Edits.fresh(topology, from));
			fresh.setTo(Edits.fresh(topology, to));
		}, null));
	}
}
