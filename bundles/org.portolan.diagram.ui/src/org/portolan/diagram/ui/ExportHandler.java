package org.portolan.diagram.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramPngExport;
import org.portolan.diagram.DiagramSvgExport;
import org.portolan.diagram.glsp.PortolanModelState;
import org.portolan.model.io.AtomicFiles;

/**
 * Portolan > Export Diagram as SVG/PNG: the diagram as shown (layers and filters applied, current layout), drawn by
 * the core's exporters (the same as the CLI's and the HTML report's), written next to the model or where chosen.
 */
public class ExportHandler extends AbstractHandler implements IExecutableExtension {

	private String format = "svg";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
		if (data instanceof String s && !s.isBlank()) {
			format = s.trim();
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof DiagramEditor editor)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + format });
		dialog.setFilterPath(editor.getFile().getLocation().removeLastSegments(1).toOSString());
		dialog.setFileName(editor.getFile().getLocation().removeFileExtension().lastSegment() + "." + format);
		String target = dialog.open();
		if (target == null) {
			return null;
		}
		try {
			export(editor, Paths.get(target), format);
			editor.getFile().getParent().refreshLocal(1, null);
		} catch (IOException | RuntimeException | CoreException e) {
			MessageDialog.openError(shell, "Export", "Could not export the diagram: " + e.getMessage());
		}
		return null;
	}

	/** Writes the editor's diagram as {@code format} (svg or png) to {@code target}. */
	public static void export(DiagramEditor editor, Path target, String format) throws IOException {
		PortolanModelState state = editor.modelState();
		DiagramGraph graph = state == null ? null : state.graph();
		if (graph == null) {
			throw new IOException("the diagram is not loaded yet");
		}
		DiagramLayout shown = editor.getDiagramDocument().layout();
		DiagramLayout layout;
		synchronized (shown) {
			layout = new DiagramLayout(shown);
		}
		if ("png".equals(format)) {
			AtomicFiles.write(target, out -> DiagramPngExport.export(graph, layout, state.mapper().spec(), 1.0, out));
		} else {
			AtomicFiles.write(target, DiagramSvgExport.export(graph, layout, state.mapper().spec(),
					editor.getFile().getName()), StandardCharsets.UTF_8);
		}
	}

	/** The client's own "Export SVG" (what the browser rendered): asks where to save it. */
	static void saveSvgFromClient(DiagramEditor editor, String svg) {
		if (Boolean.getBoolean("portolan.diagram.noDialogs")) {
			return;
		}
		FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*.svg" });
		dialog.setFileName(editor.getFile().getLocation().removeFileExtension().lastSegment() + ".svg");
		String target = dialog.open();
		if (target != null) {
			try {
				AtomicFiles.write(Paths.get(target), svg, StandardCharsets.UTF_8);
			} catch (IOException e) {
				MessageDialog.openError(editor.getSite().getShell(), "Export", e.getMessage());
			}
		}
	}
}
