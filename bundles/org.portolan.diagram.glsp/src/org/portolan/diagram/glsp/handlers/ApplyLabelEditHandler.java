package org.portolan.diagram.glsp.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.portolan.diagram.glsp.DiagramDocument;
import org.portolan.diagram.glsp.PortolanModelState;
import org.portolan.model.NamedElement;

import com.google.inject.Inject;
import org.portolan.dsl.ide.services.ModelTextEdits.RefusedEdit;

/** Inline rename: the new name goes into the text (references in the same file follow the rename). */
public class ApplyLabelEditHandler extends BasicOperationHandler<ApplyLabelEditOperation> {

	public static final java.util.regex.Pattern VALID_ID = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*");

	@Inject
	protected PortolanModelState state;

	@Override
	public Class<ApplyLabelEditOperation> getHandledOperationType() {
		return ApplyLabelEditOperation.class;
	}

	@Override
	public String getLabel() {
		return "Rename";
	}

	@Override
	public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
		EObject semantic = Edits.requireSemantic(state, operation.getLabelId());
		if (!(semantic instanceof NamedElement named)) {
			throw new RefusedEdit("This element has no name to edit.");
		}
		String name = operation.getText() == null ? "" : operation.getText().trim();
		if (!VALID_ID.matcher(name).matches()) {
			throw new RefusedEdit("'" + name + "' is not a valid name (letters, digits, '_' and '-').");
		}
		if (name.equals(named.getName())) {
			return doNothing();
		}
		return Optional.of(state.document().edit("Rename " + named.getName() + " to " + name,
				topology -> Edits.fresh(topology, named).setName(name), null));
	}
}
