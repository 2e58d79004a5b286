package org.portolan.diagram;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The tiny expression language of the mapping spec ({@code docs/diagram.md}).
 *
 * <pre>
 * expr    := or
 * or      := and ('||' and)*
 * and     := unary ('&amp;&amp;' unary)*
 * unary   := '!' unary | compare
 * compare := alt (('==' | '!=') alt | 'in' '[' alt (',' alt)* ']')?
 * alt     := primary ('|' primary)*            first operand with a value
 * primary := 'string' | number | true | false | path | '(' expr ')' | count '(' expr ')'
 * path    := name ('.' name)*  |  this  |  $variable ('.' name)*
 * </pre>
 *
 * A path navigates EMF features by name ({@code interfaces.zone.kind}), record components and public no-argument
 * methods of plain Java values ({@code from.party}, {@code trafficLabel}); {@code eClass} gives the EClass name.
 * Every value is a list: many-valued features are flattened, missing values are empty. {@code ==} holds when any
 * value on the left equals any on the right (enum literals and strings compare ignoring case); a value is true when
 * it is not empty and not only {@code false} or blank strings.
 */
public final class DiagramExpression {

	/** Variables ({@code $error}, {@code $flows}, ...) visible to an evaluation. */
	public interface Variables {
		List<Object> get(String name);
	}

	public static final Variables NO_VARIABLES = name -> List.of();

	private final String text;
	private final Node root;

	private DiagramExpression(String text, Node root) {
		this.text = text;
		this.root = root;
	}

	/** Parses {@code text}; throws {@link IllegalArgumentException} naming the column of the problem. */
	public static DiagramExpression parse(String text) {
		Parser p = new Parser(text);
		Node n = p.expr();
		p.skip();
		if (p.pos < text.length()) {
			throw p.error("unexpected '" + text.substring(p.pos) + "'");
		}
		return new DiagramExpression(text, n);
	}

	public String text() {
		return text;
	}

	/** The values of this expression for {@code self}. */
	public List<Object> values(Object self, Variables vars) {
		return root.eval(self, vars);
	}

	/** The truth of this expression for {@code self}. */
	public boolean test(Object self, Variables vars) {
		return truthy(root.eval(self, vars));
	}

	@Override
	public String toString() {
		return text;
	}

	// ------------------------------------------------------------------------------------------------ values

	static boolean truthy(List<Object> values) {
		for (Object v : values) {
			if (v instanceof Boolean b) {
				if (b) {
					return true;
				}
			} else if (v instanceof String s) {
				if (!s.isBlank()) {
					return true;
				}
			} else if (v instanceof Number n) {
				if (n.doubleValue() != 0) {
					return true;
				}
			} else if (v != null) {
				return true;
			}
		}
		return false;
	}

	/** Text of a value: enum literals by name, EObjects by their name feature. */
	public static String text(Object v) {
		if (v == null) {
			return "";
		}
		if (v instanceof Enumerator e) {
			return e.getLiteral();
		}
		if (v instanceof EObject o) {
			EStructuralFeature f = o.eClass().getEStructuralFeature("name");
			Object name = f == null ? null : o.eGet(f);
			return name == null ? o.eClass().getName() : name.toString();
		}
		return v.toString();
	}

	static boolean same(Object a, Object b) {
		if (a instanceof Number x && b instanceof Number y) {
			return x.doubleValue() == y.doubleValue();
		}
		if (a instanceof Enumerator e && b instanceof String s) {
			return e.getName().equalsIgnoreCase(s) || e.getLiteral().equalsIgnoreCase(s);
		}
		if (b instanceof Enumerator) {
			return same(b, a);
		}
		if (a instanceof Enum<?> e && b instanceof String s) {
			return e.name().equalsIgnoreCase(s);
		}
		if (b instanceof Enum<?>) {
			return same(b, a);
		}
		if (a instanceof String || b instanceof String) {
			return text(a).equalsIgnoreCase(text(b));
		}
		return a == b || (a != null && a.equals(b));
	}

	private static final Map<String, Method> METHODS = new ConcurrentHashMap<>();
	private static final Method NONE;
	static {
		try {
			NONE = Object.class.getMethod("hashCode");
		} catch (NoSuchMethodException e) {
			throw new IllegalStateException(e);
		}
	}

	static void navigate(Object from, String name, List<Object> into) {
		if (from == null) {
			return;
		}
		if (from instanceof EObject o) {
			if ("eClass".equals(name)) {
				into.add(o.eClass().getName());
				return;
			}
			EStructuralFeature f = o.eClass().getEStructuralFeature(name);
			if (f != null) {
				add(o.eGet(f), into);
				return;
			}
		}
		Method m = METHODS.computeIfAbsent(from.getClass().getName() + "#" + name, k -> find(from.getClass(), name));
		if (m == NONE) {
			return;
		}
		try {
			add(m.invoke(from), into);
		} catch (ReflectiveOperationException | RuntimeException e) {
			// a value that cannot be read is no value
		}
	}

	private static Method find(Class<?> c, String name) {
		for (Class<?> k = c; k != null; k = k.getSuperclass()) {
			if (!Modifier.isPublic(k.getModifiers())) {
				continue;
			}
			try {
				Method m = k.getMethod(name);
				if (m.getReturnType() != void.class && Modifier.isPublic(m.getModifiers())
						&& !Modifier.isStatic(m.getModifiers())) {
					return m;
				}
			} catch (NoSuchMethodException e) {
				// try the interfaces
			}
		}
		for (Class<?> i : c.getInterfaces()) {
			try {
				Method m = i.getMethod(name);
				if (m.getReturnType() != void.class) {
					return m;
				}
			} catch (NoSuchMethodException e) {
				// next
			}
		}
		return NONE;
	}

	private static void add(Object v, List<Object> into) {
		if (v == null) {
			return;
		}
		if (v instanceof Collection<?> c) {
			for (Object o : c) {
				if (o != null) {
					into.add(o);
				}
			}
		} else if (v instanceof Iterable<?> it && !(v instanceof EObject)) {
			for (Object o : it) {
				if (o != null) {
					into.add(o);
				}
			}
		} else {
			into.add(v);
		}
	}

	// ------------------------------------------------------------------------------------------------ nodes

	private interface Node {
		List<Object> eval(Object self, Variables vars);
	}

	private record Literal(Object value) implements Node {
		@Override
		public List<Object> eval(Object self, Variables vars) {
			return List.of(value);
		}
	}

	private record Path(String variable, List<String> names) implements Node {
		@Override
		public List<Object> eval(Object self, Variables vars) {
			List<Object> current;
			if (variable == null) {
				current = new ArrayList<>(1);
				if (self != null) {
					current.add(self);
				}
			} else {
				current = vars.get(variable);
				if (current == null) {
					current = List.of();
				}
			}
			for (String n : names) {
				List<Object> next = new ArrayList<>();
				for (Object o : current) {
					navigate(o, n, next);
				}
				current = next;
			}
			return current;
		}
	}

	private record Alt(List<Node> options) implements Node {
		@Override
		public List<Object> eval(Object self, Variables vars) {
			for (Node n : options) {
				List<Object> v = n.eval(self, vars);
				if (!v.isEmpty()) {
					return v;
				}
			}
			return List.of();
		}
	}

	private record Compare(Node left, Node right, boolean negate) implements Node {
		@Override
		public List<Object> eval(Object self, Variables vars) {
			List<Object> l = left.eval(self, vars);
			List<Object> r = right.eval(self, vars);
			boolean any = false;
			for (Object a : l) {
				for (Object b : r) {
					if (same(a, b)) {
						any = true;
						break;
					}
				}
			}
			return List.of(negate != any);
		}
	}

	private record In(Node left, List<Node> options) implements Node {
		@Override
		public List<Object> eval(Object self, Variables vars) {
			List<Object> l = left.eval(self, vars);
			for (Node o : options) {
				for (Object b : o.eval(self, vars)) {
					for (Object a : l) {
						if (same(a, b)) {
							return List.of(true);
						}
					}
				}
			}
			return List.of(false);
		}
	}

	private record Not(Node operand) implements Node {
		@Override
		public List<Object> eval(Object self, Variables vars) {
			return List.of(!truthy(operand.eval(self, vars)));
		}
	}

	private record And(List<Node> operands) implements Node {
		@Override
		public List<Object> eval(Object self, Variables vars) {
			for (Node n : operands) {
				if (!truthy(n.eval(self, vars))) {
					return List.of(false);
				}
			}
			return List.of(true);
		}
	}

	private record Or(List<Node> operands) implements Node {
		@Override
		public List<Object> eval(Object self, Variables vars) {
			for (Node n : operands) {
				if (truthy(n.eval(self, vars))) {
					return List.of(true);
				}
			}
			return List.of(false);
		}
	}

	private record Count(Node operand) implements Node {
		@Override
		public List<Object> eval(Object self, Variables vars) {
			return List.of(operand.eval(self, vars).size());
		}
	}

	// ------------------------------------------------------------------------------------------------ parser

	private static final class Parser {
		final String s;
		int pos;

		Parser(String s) {
			this.s = s;
		}

		IllegalArgumentException error(String message) {
			return new IllegalArgumentException("expression '" + s + "', column " + (pos + 1) + ": " + message);
		}

		void skip() {
			while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
				pos++;
			}
		}

		boolean eat(String token) {
			skip();
			if (s.startsWith(token, pos)) {
				// keep '|' from eating '||'
				if (token.equals("|") && s.startsWith("||", pos)) {
					return false;
				}
				if (Character.isLetter(token.charAt(0)) && pos + token.length() < s.length()
						&& Character.isLetterOrDigit(s.charAt(pos + token.length()))) {
					return false;
				}
				pos += token.length();
				return true;
			}
			return false;
		}

		Node expr() {
			List<Node> ops = new ArrayList<>();
			ops.add(and());
			while (eat("||")) {
				ops.add(and());
			}
			return ops.size() == 1 ? ops.get(0) : new Or(ops);
		}

		Node and() {
			List<Node> ops = new ArrayList<>();
			ops.add(unary());
			while (eat("&&")) {
				ops.add(unary());
			}
			return ops.size() == 1 ? ops.get(0) : new And(ops);
		}

		Node unary() {
			skip();
			if (pos < s.length() && s.charAt(pos) == '!' && !s.startsWith("!=", pos)) {
				pos++;
				return new Not(unary());
			}
			return compare();
		}

		Node compare() {
			Node left = alt();
			if (eat("==")) {
				return new Compare(left, alt(), false);
			}
			if (eat("!=")) {
				return new Compare(left, alt(), true);
			}
			if (eat("in")) {
				if (!eat("[")) {
					throw error("'[' expected after 'in'");
				}
				List<Node> options = new ArrayList<>();
				do {
					options.add(alt());
				} while (eat(","));
				if (!eat("]")) {
					throw error("']' expected");
				}
				return new In(left, options);
			}
			return left;
		}

		Node alt() {
			List<Node> ops = new ArrayList<>();
			ops.add(primary());
			while (eat("|")) {
				ops.add(primary());
			}
			return ops.size() == 1 ? ops.get(0) : new Alt(ops);
		}

		Node primary() {
			skip();
			if (pos >= s.length()) {
				throw error("value expected");
			}
			char c = s.charAt(pos);
			if (c == '(') {
				pos++;
				Node n = expr();
				if (!eat(")")) {
					throw error("')' expected");
				}
				return n;
			}
			if (c == '\'' || c == '"') {
				int end = s.indexOf(c, pos + 1);
				if (end < 0) {
					throw error("unterminated string");
				}
				String v = s.substring(pos + 1, end);
				pos = end + 1;
				return new Literal(v);
			}
			if (Character.isDigit(c) || (c == '-' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1)))) {
				int start = pos++;
				while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
					pos++;
				}
				return new Literal(Integer.valueOf(s.substring(start, pos)));
			}
			String variable = null;
			if (c == '$') {
				pos++;
				variable = name();
			}
			List<String> names = new ArrayList<>();
			if (variable == null) {
				String first = name();
				switch (first) {
				case "true":
					return new Literal(Boolean.TRUE);
				case "false":
					return new Literal(Boolean.FALSE);
				case "this":
					break;
				case "count":
					if (eat("(")) {
						Node n = expr();
						if (!eat(")")) {
							throw error("')' expected");
						}
						return new Count(n);
					}
					names.add(first);
					break;
				default:
					names.add(first);
				}
			}
			while (pos < s.length() && s.charAt(pos) == '.') {
				pos++;
				names.add(name());
			}
			return new Path(variable, List.copyOf(names));
		}

		String name() {
			int start = pos;
			while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
				pos++;
			}
			if (start == pos) {
				throw error("name expected");
			}
			return s.substring(start, pos);
		}
	}
}
