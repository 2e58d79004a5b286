package org.portolan.ui.preferences;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.portolan.dsl.ui.ValidationPreferences;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.RuleChecker;
import org.portolan.validation.RuleInfo;
import org.portolan.validation.ValidationSettings;
import org.portolan.validation.ValidationSettings.Level;

/**
 * Preferences > Portolan > Validation: every rule id with its category, default severity and an editable severity
 * (error, warning, info, ignore), and the planned go-live date used for certificate validity when a topology states
 * none. Stored in the instance preferences ({@link ValidationPreferences}); on Apply/OK the settings become the
 * validation's and every Portolan project and open editor is re-validated.
 */
public class ValidationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.portolan.ui.preferences.validation";

	/** The severity column's choices, in combo order. */
	static final Level[] LEVELS = Level.values();

	private final List<RuleInfo> rules = new ArrayList<>();
	/** The page's working copy: overrides by rule id (a rule at its default severity has none). */
	private final Map<String, Level> overrides = new LinkedHashMap<>();
	private TableViewer viewer;
	private Text goLive;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Severity of each Portolan design rule (ignore: not reported) and the planned go-live date for "
				+ "certificate validity when a topology states none. Applies to the editor, the builder's problems, "
				+ "reports; the same keys work with 'portolan validate --settings'.");
		Map<String, RuleInfo> byId = new java.util.TreeMap<>();
		for (RuleChecker r : PortolanValidation.rules()) {
			byId.putIfAbsent(r.info().id(), r.info());
		}
		rules.addAll(byId.values());
		overrides.putAll(ValidationPreferences.read().severities());
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(2, false));

		Composite tableHolder = new Composite(root, SWT.NONE);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		tableData.heightHint = 360;
		tableData.widthHint = 640;
		tableHolder.setLayoutData(tableData);
		TableColumnLayout columns = new TableColumnLayout();
		tableHolder.setLayout(columns);
		viewer = new TableViewer(tableHolder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "Rule", 26, r -> r.id());
		column(columns, "Category", 13, r -> r.category().name().toLowerCase(Locale.ROOT));
		column(columns, "Default", 10, r -> Level.of(r.severity()).key());
		TableViewerColumn severity = column(columns, "Severity", 12, r -> effective(r).key());
		severity.setEditingSupport(new SeverityEditing(viewer));
		column(columns, "Statement", 39, r -> r.title());
		viewer.setInput(rules);

		Label dateLabel = new Label(root, SWT.NONE);
		dateLabel.setText("Planned go-live date (yyyy-MM-dd) when a topology states none:");
		goLive = new Text(root, SWT.BORDER | SWT.SINGLE);
		GridData dateData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		dateData.widthHint = 120;
		goLive.setLayoutData(dateData);
		goLive.setMessage("yyyy-MM-dd");
		LocalDate stored = ValidationPreferences.read().goLiveDate();
		goLive.setText(stored == null ? "" : stored.toString());
		goLive.addModifyListener(e -> checkDate());
		return root;
	}

	private TableViewerColumn column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<RuleInfo, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60, true));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((RuleInfo) element);
			}
		});
		return c;
	}

	private Level effective(RuleInfo rule) {
		Level o = overrides.get(rule.id());
		return o != null ? o : Level.of(rule.severity());
	}

	private void checkDate() {
		try {
			ValidationSettings.parseDate(goLive.getText());
			setErrorMessage(null);
			setValid(true);
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			setValid(false);
		}
	}

	/** The settings the page shows (what OK stores). */
	public ValidationSettings settings() {
		return ValidationSettings.of(overrides, ValidationSettings.parseDate(goLive.getText()));
	}

	/** The rule table (id, category, default, severity, statement). */
	public TableViewer viewer() {
		return viewer;
	}

	public Text goLiveField() {
		return goLive;
	}

	/** Sets a rule's severity as the combo does (the rule's default severity removes the override). */
	public void setSeverity(String ruleId, Level level) {
		RuleInfo rule = PortolanValidation.rule(ruleId);
		if (level == null || level == Level.of(rule.severity())) {
			overrides.remove(ruleId);
		} else {
			overrides.put(ruleId, level);
		}
		viewer.refresh();
	}

	@Override
	protected void performDefaults() {
		overrides.clear();
		viewer.refresh();
		goLive.setText("");
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		ValidationSettings settings;
		try {
			settings = settings();
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		if (settings.equals(ValidationPreferences.read())) {
			return true;
		}
		try {
			ValidationPreferences.write(settings);
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			setErrorMessage("Cannot store the validation preferences: " + e.getMessage());
			return false;
		}
		PortolanRevalidation.schedule();
		return true;
	}

	/** The severity column: a read-only combo of error, warning, info, ignore. */
	private final class SeverityEditing extends EditingSupport {

		private final ComboBoxCellEditor editor;

		SeverityEditing(TableViewer viewer) {
			super(viewer);
			String[] items = new String[LEVELS.length];
			for (int i = 0; i < LEVELS.length; i++) {
				items[i] = LEVELS[i].key();
			}
			editor = new ComboBoxCellEditor(viewer.getTable(), items, SWT.READ_ONLY);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return effective((RuleInfo) element).ordinal();
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value instanceof Integer i && i >= 0 && i < LEVELS.length) {
				setSeverity(((RuleInfo) element).id(), LEVELS[i]);
			}
		}
	}
}
