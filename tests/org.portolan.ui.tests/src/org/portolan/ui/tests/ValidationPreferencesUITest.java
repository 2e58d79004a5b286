package org.portolan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portolan.tests.support.WorkspaceFiles;
import org.portolan.dsl.ui.PortolanMarkers;
import org.portolan.dsl.ui.ValidationPreferences;
import org.portolan.dsl.ui.internal.PortolanBuilder;
import org.portolan.tests.support.UiTestSupport;
import org.portolan.ui.internal.ExampleProjectOpener;
import org.portolan.ui.preferences.ValidationPreferencePage;
import org.portolan.validation.ValidationSettings;

/**
 * Preferences > Portolan > Validation, driven through the workbench's preference dialog: an example with a planted
 * defect shows its FW-PORT-001 marker; setting the rule to "ignore" in the table and pressing Apply and Close
 * re-validates the project and the marker disappears; Restore Defaults brings it back.
 */
class ValidationPreferencesUITest {

	private static final String RULE = "FW-PORT-001";
	private IProject project;
	private IFile file;

	@BeforeEach
	void projectWithPlantedDefect() throws Exception {
		ValidationPreferences.write(ValidationSettings.DEFAULTS);
		project = WorkspaceFiles.project("validation-preferences-test");
		IProjectDescription description = project.getDescription();
		description.setNatureIds(new String[] { ExampleProjectOpener.PORTOLAN_NATURE });
		project.setDescription(description, null);
		// examples/02 without the internal firewall's EdgeSync rule: Hub -> Edge 50636 is blocked (001 L91-99)
		String example = Files.readString(BundledExamplesUITest.examplesFolder().toPath().resolve("02-exchange2007-with-edge.portolan"));
		String planted = example.lines().filter(l -> !l.contains("rule edgesync allow")).collect(Collectors.joining("\n", "", "\n"));
		assertEquals(example.lines().count() - 1, planted.lines().count(), "the EdgeSync rule is removed");
		file = WorkspaceFiles.file(project, "edge-without-edgesync-rule.portolan", planted);
	}

	@AfterEach
	void cleanUp() throws Exception {
		ValidationPreferences.write(ValidationSettings.DEFAULTS);
		project.delete(true, true, new NullProgressMonitor());
	}

	@Test
	void ignoringARuleInThePreferencesRemovesItsMarker() throws Exception {
		PortolanBuilder.validateProject(project, new NullProgressMonitor());
		// the explicit run and the build both validate; a marker replaced by the second run reads as empty, so the
		// markers are looked at until they were read whole
		List<IMarker> planted = new java.util.ArrayList<>();
		List<String> texts = new java.util.ArrayList<>();
		List<Integer> severities = new java.util.ArrayList<>();
		UiTestSupport.waitUntil("the planted FW-PORT-001 error, read whole", () -> {
			planted.clear();
			planted.addAll(ruleMarkers());
			texts.clear();
			texts.addAll(texts(planted));
			severities.clear();
			planted.forEach(m -> severities.add(m.getAttribute(IMarker.SEVERITY, -1)));
			return !planted.isEmpty() && planted.stream().allMatch(IMarker::exists);
		});
		assertEquals(1, planted.size(), "exactly the blocked EdgeSync flow, once: " + texts);
		assertTrue(texts.get(0).contains("50636"), texts.toString());
		assertEquals(IMarker.SEVERITY_ERROR, severities.get(0));

		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), ValidationPreferencePage.ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		ValidationPreferencePage page = (ValidationPreferencePage) dialog.getSelectedPage();
		TableItem row = row(page, RULE);
		assertEquals(List.of(RULE, "firewall", "error", "error"),
				List.of(row.getText(0), row.getText(1), row.getText(2), row.getText(3)), "id, category, default, severity");
		assertTrue(page.viewer().getTable().getItemCount() >= 50, "every rule is listed");

		// the severity cell's combo, as a user edits it
		page.viewer().editElement(row.getData(), 3);
		CCombo combo = (CCombo) Arrays.stream(page.viewer().getTable().getChildren()).filter(c -> c instanceof CCombo)
				.filter(Control::isVisible).findFirst().orElseThrow(() -> new AssertionError("no severity combo"));
		assertEquals(List.of("error", "warning", "info", "ignore"), Arrays.asList(combo.getItems()));
		combo.select(combo.indexOf("ignore"));
		combo.notifyListeners(SWT.DefaultSelection, new Event());
		UiTestSupport.flush(200);
		assertEquals("ignore", row(page, RULE).getText(3), "the table shows the new severity");
		page.viewer().getTable().showItem(row(page, RULE));
		UiTestSupport.screenshot(dialog.getShell(), "validation-preferences-ignore.png");
		press(dialog, IDialogConstants.OK_ID); // Apply and Close

		assertEquals(ValidationSettings.Level.IGNORE, ValidationSettings.current().override(RULE));
		assertEquals("ignore", ValidationPreferences.node().get("severity." + RULE, null), "stored in the instance preferences");
		UiTestSupport.waitUntil("the FW-PORT-001 marker to disappear after the rebuild", () -> ruleMarkers().isEmpty());
		UiTestSupport.screenshot("validation-preferences-after.png");

		// Restore Defaults + Apply and Close: the rule is back at its default severity and so is the marker
		dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				ValidationPreferencePage.ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		page = (ValidationPreferencePage) dialog.getSelectedPage();
		assertEquals("ignore", row(page, RULE).getText(3), "the page shows the stored severity");
		press(dialog, "Restore &Defaults", "Restore Defaults");
		assertEquals("error", row(page, RULE).getText(3));
		press(dialog, IDialogConstants.OK_ID);
		assertEquals(null, ValidationSettings.current().override(RULE));
		UiTestSupport.waitUntil("the FW-PORT-001 marker to come back", () -> ruleMarkers().size() == 1);
	}

	private static TableItem row(ValidationPreferencePage page, String ruleId) {
		return Arrays.stream(page.viewer().getTable().getItems()).filter(i -> ruleId.equals(i.getText(0))).findFirst()
				.orElseThrow(() -> new AssertionError(ruleId + " is not in the table"));
	}

	private List<IMarker> ruleMarkers() {
		try {
			return Arrays.stream(file.findMarkers(PortolanMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO))
					.filter(m -> RULE.equals(m.getAttribute(PortolanMarkers.RULE_ID, null))).collect(Collectors.toList());
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> texts(List<IMarker> markers) {
		return markers.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).collect(Collectors.toList());
	}

	/** Presses the dialog button with this id (Dialog.createButton keeps the id in the button's data). */
	private static void press(PreferenceDialog dialog, int id) {
		Button b = buttons(dialog.getShell()).stream().filter(x -> Integer.valueOf(id).equals(x.getData())).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + id));
		b.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.flush(200);
	}

	private static void press(PreferenceDialog dialog, String... labels) {
		List<String> wanted = Arrays.asList(labels);
		Button b = buttons(dialog.getShell()).stream().filter(x -> wanted.contains(x.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + wanted));
		b.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.flush(200);
	}

	private static List<Button> buttons(Composite parent) {
		List<Button> result = new java.util.ArrayList<>();
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b) {
				result.add(b);
			}
			if (c instanceof Composite comp) {
				result.addAll(buttons(comp));
			}
		}
		assertNotNull(parent);
		return result;
	}
}
