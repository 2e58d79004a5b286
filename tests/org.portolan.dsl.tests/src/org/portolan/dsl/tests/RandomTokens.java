package org.portolan.dsl.tests;

import java.util.Random;

/** Random sequences of the language's tokens (keywords, names, numbers, strings, punctuation). */
public final class RandomTokens {

	private static final String[] TOKENS = { "topology", "catalog", "server", "zone", "firewall", "rule", "allow",
			"deny", "tcp", "udp", "from", "to", "any", "{", "}", ",", ";", "-", ".", "443", "5061", "50000-59999",
			"\"text\"", "role", "endpoint", "path", "source", "lines", "pool", "members", "interface", "address",
			"edge-ext", "lync2013.EdgeServer", "dynamic-rpc", "n/a", "ip", "=", "set", "// c\n", "/* b */", "\n", "^x",
			"@", "#", "'unterminated" };

	private RandomTokens() {
	}

	public static String generate(int size, long seed) {
		Random random = new Random(seed);
		StringBuilder b = new StringBuilder(size + 64).append("topology random\n");
		while (b.length() < size) {
			b.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextInt(8) == 0 ? '\n' : ' ');
		}
		return b.toString();
	}
}
