package org.portolan.dsl.ui;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that readers see either the old or the new content, never a partial one. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path target, String text, Charset charset) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		try {
			Files.writeString(temp, text, charset);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
