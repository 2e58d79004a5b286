package org.portolan.dsl.ui.internal;


import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanLanguage;

/** Formats the editor's text with the language's formatter (Ctrl+Shift+F); refuses text with syntax errors. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof PortolanEditor editor) || editor.getFile() == null) {
			return null;
		}
		IDocument document = editor.getDocument();
		XtextResource resource = PortolanDocuments.parse(editor.getFile(), document.get());
		if (PortolanDocuments.hasSyntaxErrors(resource)) {
			MessageDialog.openInformation(editor.getSite().getShell(), "Format",
					"The text has syntax errors; fix them first so that formatting cannot move text around.");
			return null;
		}
		org.portolan.dsl.ide.services.ModelTextEdits.replaceChangedRegion(
				new org.portolan.dsl.ide.services.DocumentText(document), PortolanLanguage.services().format(resource));
		return null;
	}

}
