package org.portolan.dsl.ui;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** Writes a file so that readers see either the old or the new content, never a partial one. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** See {@link org.portolan.model.io.AtomicFiles}, the one implementation. */
	public static void write(Path target, String text, Charset charset) throws IOException {
		org.portolan.model.io.AtomicFiles.write(target, text, charset);
	}
}
