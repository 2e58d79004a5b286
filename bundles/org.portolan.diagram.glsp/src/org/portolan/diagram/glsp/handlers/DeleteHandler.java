package org.portolan.diagram.glsp.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.portolan.diagram.glsp.PortolanModelState;
import org.portolan.model.Topology;

import com.google.inject.Inject;

/**
 * Deletes the selected elements from the model: the element's text goes, and references to it elsewhere are
 * removed by the change serializer. Derived elements (required flows) cannot be deleted.
 */
public class DeleteHandler extends BasicOperationHandler<DeleteOperation> {

	@Inject
	protected PortolanModelState state;

	@Override
	public Class<DeleteOperation> getHandledOperationType() {
		return DeleteOperation.class;
	}

	@Override
	public String getLabel() {
		return "Delete";
	}

	@Override
	public Optional<Command> createCommand(DeleteOperation operation) {
		List<EObject> targets = new ArrayList<>();
		for (String id : operation.getElementIds()) {
			EObject semantic = Edits.semantic(state, id);
			if (semantic != null && !(semantic instanceof Topology) && !targets.contains(semantic)) {
				targets.add(semantic);
			}
		}
		if (targets.isEmpty()) {
			return doNothing();
		}
		return Optional.of(state.document().edit("Delete", topology -> {
			List<EObject> fresh = new ArrayList<>();
			for (EObject target : targets) {
				EObject f = Edits.fresh(topology, target);
				if (f.eContainer() != null) {
					fresh.add(f);
				}
			}
			for (EObject f : fresh) {
				if (f.eResource() != null) {
					EcoreUtil.delete(f, true);
				}
			}
		}, null));
	}
}
