package org.portolan.dsl.ide.services;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * A JFace document (the workbench's document of a file, shared by its editors) as the text {@link ModelTextEdits}
 * edits. Only the workbench and the diagram server load this class; the language server has no JFace.
 */
public final class DocumentText implements ModelTextEdits.EditableText {

	private final IDocument document;

	public DocumentText(IDocument document) {
		this.document = document;
	}

	@Override
	public String get() {
		return document.get();
	}

	@Override
	public void replace(int offset, int length, String text) {
		try {
			document.replace(offset, length, text);
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}
}
