package org.portolan.ui.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** File > New > Portolan Topology: a new .portolan file from a template (empty, Exchange 2010, Lync 2013 edge). */
public class NewTopologyWizard extends Wizard implements INewWizard {

	public static final String ID = "org.portolan.ui.newTopologyWizard";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private TemplatePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Portolan Topology");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new TemplatePage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			MessageDialog.openError(getShell(), "New Portolan Topology", e.getMessage());
		}
		return true;
	}

	public TemplatePage getTemplatePage() {
		return page;
	}

	/** Folder, file name and template. The file is created only on Finish, and never over an existing file. */
	public static class TemplatePage extends WizardNewFileCreationPage {
		private TopologyTemplate template = TopologyTemplate.ALL.get(0);
		private ListViewer templates;

		TemplatePage(IStructuredSelection selection) {
			super("template", selection);
			setTitle("Portolan Topology");
			setDescription("Create a topology file from a template.");
			setFileExtension("portolan");
			setFileName("topology.portolan");
		}

		@Override
		protected void createAdvancedControls(Composite parent) {
			Composite group = new Composite(parent, SWT.NONE);
			group.setLayout(new GridLayout(1, false));
			group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			new Label(group, SWT.NONE).setText("Template:");
			templates = new ListViewer(group, SWT.BORDER | SWT.SINGLE);
			templates.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			templates.setContentProvider(ArrayContentProvider.getInstance());
			templates.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					return ((TopologyTemplate) element).label();
				}
			});
			templates.setInput(TopologyTemplate.ALL);
			Label description = new Label(group, SWT.WRAP);
			description.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			templates.addSelectionChangedListener(e -> {
				template = (TopologyTemplate) templates.getStructuredSelection().getFirstElement();
				description.setText(template == null ? "" : template.description());
				group.layout(true);
			});
			templates.setSelection(new StructuredSelection(template));
		}

		public void selectTemplate(TopologyTemplate choice) {
			templates.setSelection(new StructuredSelection(choice));
		}

		@Override
		protected java.io.InputStream getInitialContents() {
			String name = TopologyTemplate.topologyNameFor(getFileName());
			return new ByteArrayInputStream(template.render(name).getBytes(StandardCharsets.UTF_8));
		}

		@Override
		protected void createLinkTarget() {
			// no linked files
		}

		@Override
		protected org.eclipse.core.runtime.IStatus validateLinkedResource() {
			return org.eclipse.core.runtime.Status.OK_STATUS; // the page offers no linked-resource option
		}

		@Override
		public IFile createNewFile() {
			return super.createNewFile();
		}

	}
}
