package org.portolan.dsl.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.portolan.dsl.ide.PortolanIdeSetup;

import com.google.inject.Injector;

/**
 * The Portolan language services used in-process by the workbench (there is no Xtext UI on this
 * platform): one Guice injector with the runtime and generic IDE modules.
 */
public final class PortolanLanguage {

	private static volatile Injector injector;
	private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "Portolan language services");
		t.setDaemon(true);
		return t;
	});

	private PortolanLanguage() {
	}

	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (PortolanLanguage.class) {
				result = injector;
				if (result == null) {
					result = new PortolanIdeSetup().createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}

	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}

	/** Thread pool for services that parse concurrently (content assist). */
	public static ExecutorService pool() {
		return POOL;
	}
}
