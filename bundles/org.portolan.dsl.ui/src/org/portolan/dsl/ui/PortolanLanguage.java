package org.portolan.dsl.ui;

import org.portolan.dsl.ide.PortolanIdeSetup;

import com.google.inject.Injector;

/**
 * The Portolan language services used in-process by the workbench (there is no Xtext UI on this
 * platform): one Guice injector with the runtime and generic IDE modules.
 */
public final class PortolanLanguage {

	private static volatile Injector injector;

	private PortolanLanguage() {
	}

	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (PortolanLanguage.class) {
				result = injector;
				if (result == null) {
					result = new PortolanIdeSetup().createInjectorAndDoEMFRegistration();
					// the design rules (FW-PORT-001, CERT-*, EXCH*, …) run as EValidator with the language's checks;
					// registered here because nothing else in the workbench activates the validation bundle
					org.portolan.validation.PortolanValidation.register();
					// with the user's rule severities and go-live date (Preferences > Portolan > Validation)
					ValidationPreferences.install();
					injector = result;
				}
			}
		}
		return result;
	}

	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}

	/** The language's editor services (assist, highlighting, hover, definition, format, edits, rename). */
	public static org.portolan.dsl.ide.services.PortolanEditorServices services() {
		return get(org.portolan.dsl.ide.services.PortolanEditorServices.class);
	}
}
