package org.portolan.dsl.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.portolan.dsl.ui.PortolanEditor;

/** Ctrl+/: comments the selected lines with {@code //}, or uncomments them when all are commented. */
public class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof PortolanEditor editor)
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		try {
			toggle(editor.getDocument(), selection.getStartLine(), selection.getEndLine());
		} catch (BadLocationException e) {
			throw new ExecutionException("Toggle comment failed", e);
		}
		return null;
	}

	public static void toggle(IDocument document, int firstLine, int lastLine) throws BadLocationException {
		boolean allCommented = true;
		for (int line = firstLine; line <= lastLine; line++) {
			IRegion region = document.getLineInformation(line);
			String text = document.get(region.getOffset(), region.getLength());
			if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
				allCommented = false;
			}
		}
		for (int line = lastLine; line >= firstLine; line--) {
			IRegion region = document.getLineInformation(line);
			String text = document.get(region.getOffset(), region.getLength());
			if (allCommented) {
				int at = text.indexOf("//");
				if (at >= 0) {
					int length = text.startsWith("// ", at) ? 3 : 2;
					document.replace(region.getOffset() + at, length, "");
				}
			} else {
				document.replace(region.getOffset(), 0, "// ");
			}
		}
	}
}
