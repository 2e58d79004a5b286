package org.portolan.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.portolan.tests.support.UiTestSupport.screenshot;
import static org.portolan.tests.support.UiTestSupport.waitUntil;
import org.portolan.tests.support.WorkspaceFiles;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanMarkers;
import org.portolan.dsl.ui.internal.PortolanContentAssistProcessor;
import org.portolan.dsl.ui.internal.PortolanHyperlinkDetector;
import org.portolan.dsl.ui.internal.PortolanOutlinePage;
import org.portolan.dsl.ui.internal.PortolanTextHover;

/** Drives the real Portolan editor in the workbench: typing, markers, assist, hover, links, outline, format. */
class PortolanEditorUITest {

	static final String LAB = """
			// Editor test topology
			topology test.lab "Editor test"

			zone lan kind internal subnets "10.0.0.0/16"
			zone internet kind external

			server mail {
				fqdn "mail.test.com"
				interface nic address "10.0.0.15" prefix 24 zone lan
			}

			firewall edge-fw {
				interface inside zone lan address "10.0.0.1"
				interface outside zone internet address "131.107.0.1"
				rule owa allow inbound "HTTPS" tcp 443 from any to mail
			}
			""";

	private IProject project;
	private IFile file;
	private PortolanEditor editor;

	@BeforeEach
	void openTheLabInTheEditor() throws Exception {
		project = WorkspaceFiles.project("editor-test");
		file = WorkspaceFiles.file(project, "lab.portolan", LAB);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (PortolanEditor) IDE.openEditor(page, file, PortolanEditor.ID);
		waitUntil("the first reconcile", () -> editor.getModel() != null);
	}

	@AfterEach
	void closeWithoutSaving() throws CoreException {
		editor.getSite().getPage().closeEditor(editor, false);
		project.delete(true, true, new NullProgressMonitor());
	}

	@Test
	void theExampleHasNoErrorsAndAWrongPortTypedIntoARuleIsMarkedOnItsLine() throws Exception {
		org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.eclipse.core.resources.ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		waitUntil("markers of the clean text", () -> errors().isEmpty());
		assertTrue(errors().isEmpty(), "clean example: " + messages(errors()));

		IDocument document = editor.getDocument();
		int at = document.get().indexOf("tcp 443") + 4;
		document.replace(at, 3, "70000");
		int ruleLine = document.getLineOfOffset(at) + 1;

		waitUntil("an error marker for port 70000", () -> !errors().isEmpty());
		IMarker marker = errors().get(0);
		assertEquals(ruleLine, marker.getAttribute(IMarker.LINE_NUMBER, -1), "marker on the rule's line: " + messages(errors()));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("70000"), "message names the bad port: " + messages(errors()));
		assertTrue(editor.isDirty(), "typing made the editor dirty");
		assertTrue(new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8).contains("tcp 443"),
				"the file on disk is untouched until saved");
		screenshot("editor-wrong-port.png");

		document.replace(at, 5, "443");
		waitUntil("the error to disappear after the fix", () -> errors().isEmpty());
	}

	@Test
	void contentAssistOffersKeywordsAndTheServersOfTheModel() throws Exception {
		IDocument document = editor.getDocument();
		int afterTo = document.get().indexOf("to mail") + 3;
		List<String> references = proposals(afterTo);
		assertTrue(references.contains("mail"), "after 'to' the server is proposed: " + references);

		int emptyLine = document.get().indexOf("\nfirewall") + 1;
		document.replace(emptyLine, 0, "\n");
		List<String> keywords = proposals(emptyLine);
		assertTrue(keywords.contains("server") && keywords.contains("zone") && keywords.contains("firewall"),
				"at a new statement the statement keywords are proposed: " + keywords);
	}

	@Test
	void hoverAndCtrlClickLeadFromAReferenceToItsDeclaration() throws Exception {
		IDocument document = editor.getDocument();
		int reference = document.get().indexOf("to mail") + 4;
		XtextResource resource = PortolanDocuments.parse(file, document.get());
		String hover = PortolanTextHover.hoverText(resource, reference);
		assertNotNull(hover);
		assertTrue(hover.startsWith("Server mail"), hover);

		IHyperlink[] links = new PortolanHyperlinkDetector(editor).detectHyperlinks(editor.viewer(), new Region(reference, 0), false);
		assertNotNull(links, "the reference is a hyperlink");
		links[0].open();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("mail", selection.getText(), "Ctrl+click selects the declared name");
		assertEquals(document.get().indexOf("server mail") + "server ".length(), selection.getOffset());
	}

	@Test
	void outlineShowsTheNamedElementsAndFollowsTheCursor() throws Exception {
		IWorkbenchPage page = editor.getSite().getPage();
		ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
		page.activate(editor);
		waitUntil("the outline page", () -> outline.getCurrentPage() instanceof PortolanOutlinePage);
		TreeViewer tree = ((PortolanOutlinePage) outline.getCurrentPage()).viewer();
		waitUntil("outline content", () -> tree.getTree().getItemCount() > 0);
		tree.expandAll();
		List<String> labels = labels(tree.getTree().getItems());
		assertTrue(labels.contains("mail : Server") && labels.contains("edge-fw : Firewall") && labels.contains("owa : FirewallRule"),
				"outline labels: " + labels);
		assertTrue(labels.indexOf("lan : NetworkZone") < labels.indexOf("mail : Server")
				&& labels.indexOf("mail : Server") < labels.indexOf("edge-fw : Firewall"), "outline follows the text order: " + labels);

		int inRule = editor.getDocument().get().indexOf("tcp 443");
		editor.selectAndReveal(inRule, 0);
		waitUntil("outline selection follows the cursor",
				() -> !tree.getStructuredSelection().isEmpty() && tree.getTree().getSelection()[0].getText().equals("owa : FirewallRule"));
		screenshot("editor-outline.png");
	}

	@Test
	void formatAndToggleCommentEditTheTextAsExpected() throws Exception {
		IDocument document = editor.getDocument();
		document.set(LAB.replace("zone lan kind internal", "zone   lan    kind internal").replace("\tfqdn", "fqdn"));
		editor.getSite().getPage().activate(editor);
		org.eclipse.ui.handlers.IHandlerService handlers = editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class);
		handlers.executeCommand("org.portolan.dsl.ui.format", null);
		assertEquals(LAB, document.get(), "Format (Ctrl+Shift+F) restores the canonical layout");

		int at = document.get().indexOf("zone internet");
		editor.selectAndReveal(at, 0);
		handlers.executeCommand("org.portolan.dsl.ui.toggleComment", null);
		assertTrue(document.get().contains("// zone internet kind external"), document.get());
		handlers.executeCommand("org.portolan.dsl.ui.toggleComment", null);
		assertEquals(LAB, document.get(), "toggling twice gives back the text");
	}

	@Test
	void aPropertyEditRewritesOnlyItsValueKeepsCommentsAndCanBeUndone() throws Exception {
		IDocument document = editor.getDocument();
		XtextResource resource = editor.getModel();
		org.eclipse.emf.ecore.EObject server = resource.getAllContents().next().eContents().stream()
				.filter(o -> o.eClass().getName().equals("Server")).findFirst().orElseThrow();
		org.eclipse.ui.views.properties.IPropertySource properties = org.eclipse.core.runtime.Adapters.adapt(server,
				org.eclipse.ui.views.properties.IPropertySource.class);
		assertNotNull(properties, "model elements have properties");
		org.eclipse.emf.ecore.EStructuralFeature fqdn = server.eClass().getEStructuralFeature("fqdn");
		assertEquals("mail.test.com", properties.getPropertyValue(fqdn));

		properties.setPropertyValue(fqdn, "owa.test.com");
		assertEquals(LAB.replace("\"mail.test.com\"", "\"owa.test.com\""), document.get(),
				"only the value changed; the comment and layout elsewhere are the user's");

		editor.getCommandStack().undo();
		assertEquals(LAB, document.get(), "undo on the model command stack restores the text");
		editor.getCommandStack().redo();
		assertTrue(document.get().contains("\"owa.test.com\""), "redo applies it again");
	}

	@Test
	void modelEditsAreRefusedWhileTheTextHasSyntaxErrors() throws Exception {
		IDocument document = editor.getDocument();
		String broken = LAB.replace("zone internet kind external", "zone internet kind");
		document.set(broken);
		org.portolan.dsl.ide.services.ModelTextEdits.RefusedEdit refused = org.junit.jupiter.api.Assertions.assertThrows(
				org.portolan.dsl.ide.services.ModelTextEdits.RefusedEdit.class,
				() -> org.portolan.dsl.ui.PortolanModelEditing.edit(editor, "Set fqdn", "/", root -> { }));
		assertTrue(refused.getMessage().contains("syntax errors"), refused.getMessage());
		assertEquals(broken, document.get(), "the text is left untouched");
	}

	@Test
	void saveWritesTheTextAtomicallyAndAsksBeforeClosingUnsavedChanges() throws Exception {
		IDocument document = editor.getDocument();
		document.replace(0, 0, "// saved by the test\n");
		assertTrue(editor.isDirty());
		assertTrue(editor.isSaveOnCloseNeeded(), "closing with unsaved changes asks");
		editor.doSave(new NullProgressMonitor());
		assertTrue(!editor.isDirty(), "saved");
		assertEquals(document.get(), new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
		java.nio.file.Path folder = file.getLocation().toFile().toPath().getParent();
		try (var files = java.nio.file.Files.list(folder)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left behind");
		}
		document.replace(0, 0, "x");
		assertTrue(editor.isDirty(), "typing after a save makes the editor dirty again");
	}

	/** What the editor's content assist pops up at {@code offset} (the text each proposal would insert). */
	private List<String> proposals(int offset) {
		ICompletionProposal[] shown = new PortolanContentAssistProcessor(editor).computeCompletionProposals(editor.viewer(), offset);
		List<String> inserted = PortolanContentAssistProcessor.proposals(file, editor.getDocument().get(), offset).stream()
				.map(e -> e.getProposal()).collect(Collectors.toList());
		assertEquals(inserted.size(), shown.length, "every proposal of the language is shown");
		return inserted;
	}

	private static List<String> labels(TreeItem[] items) {
		List<String> out = new java.util.ArrayList<>();
		for (TreeItem item : items) {
			out.add(item.getText());
			out.addAll(labels(item.getItems()));
		}
		return out;
	}

	private List<IMarker> errors() {
		try {
			return Arrays.stream(file.findMarkers(PortolanMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).collect(Collectors.toList());
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String messages(List<IMarker> markers) {
		return markers.stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + ": " + m.getAttribute(IMarker.MESSAGE, ""))
				.collect(Collectors.joining("; "));
	}


}
