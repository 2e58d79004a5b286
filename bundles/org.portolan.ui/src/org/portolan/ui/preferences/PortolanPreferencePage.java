package org.portolan.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences > Portolan: the category of Portolan's preference pages (Validation). */
public class PortolanPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.portolan.ui.preferences";

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(1, false));
		Label l = new Label(c, SWT.WRAP);
		l.setText("Portolan settings. Validation: the severity of each design rule (or ignore it) and the planned "
				+ "go-live date used for certificate validity when a topology states none.");
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
		gd.widthHint = 400;
		l.setLayoutData(gd);
		return c;
	}
}
