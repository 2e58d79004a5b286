package org.portolan.dsl.ide;

import org.eclipse.xtext.util.Modules2;
import org.portolan.dsl.PortolanRuntimeModule;
import org.portolan.dsl.PortolanStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Runtime + IDE services (content assist parser, highlighting ...); also found by the language server. */
public class PortolanIdeSetup extends PortolanStandaloneSetup {

	private static Injector ideInjector;

	/** Idempotent; the shared injector with runtime and IDE bindings. */
	public static synchronized Injector doIdeSetup() {
		if (ideInjector == null) {
			ideInjector = new PortolanIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return ideInjector;
	}

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new PortolanRuntimeModule(), new PortolanIdeModule()));
	}
}
