package org.portolan.dsl.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.BasicCommandStack;

/**
 * One command stack per open file, shared by every editor of that file (text editor, diagram editor) and the
 * Properties view's edits: undo in either editor undoes the last model edit whichever view made it. The stack lives
 * while at least one editor has the file open.
 */
public final class PortolanCommandStacks {

	private static final Map<IFile, Shared> STACKS = new HashMap<>();

	private static final class Shared {
		final BasicCommandStack stack = new BasicCommandStack();
		int users;
	}

	private PortolanCommandStacks() {
	}

	/** The file's stack, created on first use; pair with {@link #disconnect}. */
	public static synchronized BasicCommandStack connect(IFile file) {
		Shared shared = STACKS.computeIfAbsent(file, f -> new Shared());
		shared.users++;
		return shared.stack;
	}

	public static synchronized void disconnect(IFile file) {
		Shared shared = STACKS.get(file);
		if (shared != null && --shared.users <= 0) {
			STACKS.remove(file);
		}
	}

	/** The file's stack while an editor has it open, else null. */
	public static synchronized BasicCommandStack get(IFile file) {
		Shared shared = STACKS.get(file);
		return shared == null ? null : shared.stack;
	}
}
