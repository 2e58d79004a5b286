package org.portolan.diagram.glsp.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.portolan.diagram.glsp.LayoutSupport;
import org.portolan.diagram.glsp.PortolanModelState;

import com.google.inject.Inject;

/** Automatic layout of the whole diagram with the core's ELK engine; undoable, changes only the sidecar. */
public class LayoutHandler extends BasicOperationHandler<LayoutOperation> {

	@Inject
	protected PortolanModelState state;

	@Override
	public Class<LayoutOperation> getHandledOperationType() {
		return LayoutOperation.class;
	}

	@Override
	public String getLabel() {
		return "Layout";
	}

	@Override
	public Optional<Command> createCommand(LayoutOperation operation) {
		return Optional.of(state.document().layoutEdit("Layout", after -> {
			after.takeFrom(LayoutSupport.full(Edits.graph(state)));
		}));
	}
}
