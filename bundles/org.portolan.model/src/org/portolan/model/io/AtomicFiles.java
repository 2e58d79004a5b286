package org.portolan.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old or the new content, never a partial one: the content goes to a
 * temporary file in the same folder, which is then renamed over the target. On failure the target is untouched and
 * the temporary file removed. Every writer of user-visible files (editor saves, layout sidecars, reports, exports)
 * uses this one implementation.
 */
public final class AtomicFiles {

	/** What to write. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/** Writes {@code content} to {@code target} atomically; returns the target. */
	public static Path write(Path target, Content content) throws IOException {
		Path file = target.toAbsolutePath();
		Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.writeTo(out);
			}
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
			}
			return file;
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	public static Path write(Path target, byte[] bytes) throws IOException {
		return write(target, out -> out.write(bytes));
	}

	public static Path write(Path target, String text, Charset charset) throws IOException {
		return write(target, text.getBytes(charset));
	}
}
