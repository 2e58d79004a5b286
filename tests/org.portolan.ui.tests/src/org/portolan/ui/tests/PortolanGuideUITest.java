package org.portolan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.tests.support.UiTestSupport;
import org.portolan.ui.browser.HtmlViewer;
import org.portolan.ui.help.OpenGuideHandler;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.ValidationSettings;

/** Help > Portolan Guide: the shipped guide and the generated rules reference. */
class PortolanGuideUITest {

	@Test
	void theRulesReferenceListsEveryRuleWithTheSeverityTheUserChose(@TempDir Path folder) throws Exception {
		String rule = PortolanValidation.rules().get(0).info().id();
		ValidationSettings settings = ValidationSettings.DEFAULTS.withSeverity(rule, ValidationSettings.Level.IGNORE);

		Path guide = OpenGuideHandler.writeGuide(folder, settings);

		Document rules = Jsoup.parse(folder.resolve("rules.html").toFile());
		assertEquals(PortolanValidation.rules().size(), rules.select("tbody tr").size(), "one row per rule");
		Element row = rules.getElementById(rule);
		assertNotNull(row, "a row for " + rule);
		assertEquals("ignore", row.child(3).text(), "the overridden severity is shown");
		Document page = Jsoup.parse(guide.toFile());
		assertTrue(page.select("a[href=rules.html]").size() > 0, "the guide links to the rules reference");
		assertTrue(Files.isRegularFile(folder.resolve("guide.css")));
	}

	@Test
	void theHelpCommandOpensTheGuideInTheWorkbench() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(OpenGuideHandler.COMMAND_ID, null);
		UiTestSupport.waitUntil("the guide in the workbench", () -> {
			for (IEditorReference ref : page.getEditorReferences()) {
				if (ref.getEditor(false) instanceof HtmlViewer viewer && ref.getTitle().equals("Portolan Guide")) {
					return viewer.getBrowser() != null;
				}
			}
			return false;
		});
		UiTestSupport.flush(1500);
		UiTestSupport.screenshot("portolan-guide.png");
		page.closeAllEditors(false);
	}
}
