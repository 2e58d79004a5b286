package org.portolan.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.antlr.runtime.EarlyExitException;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.util.Strings;
import org.portolan.dsl.parser.antlr.UnexpectedTokensException;
import org.portolan.dsl.services.PortolanGrammarAccess;

import com.google.inject.Inject;

/**
 * Syntax errors that say what was found and what was expected, in user terms ("a string", "a name") rather than
 * ANTLR token names. Line and column come with every issue (Issue#getLineNumber / getColumn).
 */
public class PortolanSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Inject
	private PortolanGrammarAccess grammar;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		String[] names = context.getTokenNames();
		String message;
		if (e instanceof UnexpectedTokensException u) {
			message = "Unexpected " + found(e.token) + expectedTokens(names, u);
		} else if (e instanceof MismatchedTokenException m && m.expecting == Token.EOF) {
			message = "Unexpected " + found(e.token) + expectedIn(context.getCurrentContext());
		} else if (e instanceof MissingTokenException m && m.expecting == Token.EOF) {
			message = "Unexpected " + found(e.token) + expectedIn(context.getCurrentContext());
		} else if (e instanceof MissingTokenException m) {
			message = "Missing " + tokenName(names, m.expecting) + " before " + found(e.token);
		} else if (e instanceof UnwantedTokenException u) {
			message = "Unexpected " + found(u.getUnexpectedToken()) + ", expected " + tokenName(names, u.expecting);
		} else if (e instanceof MismatchedTokenException m) {
			message = "Unexpected " + found(e.token) + ", expected " + tokenName(names, m.expecting);
		} else if (e instanceof NoViableAltException || e instanceof EarlyExitException) {
			message = "Unexpected " + found(e.token) + expectedIn(context.getCurrentContext());
		} else if (e == null) {
			message = context.getDefaultMessage();
		} else {
			message = "Unexpected " + found(e.token) + " (" + context.getDefaultMessage() + ")";
		}
		return new SyntaxErrorMessage(message, IssueCodes.SYNTAX_ERROR);
	}

	/**
	 * ", expected one of 'fqdn', 'os', ..., '}'" from the token types that would have fitted. Words that are keywords
	 * but may also be names (internal, pool, zone ...) are not listed separately when a name fits anyway.
	 */
	private String expectedTokens(String[] names, UnexpectedTokensException u) {
		Set<String> nameKeywords = new LinkedHashSet<>();
		boolean nameFits = false;
		List<String> keywords = new ArrayList<>();
		List<String> values = new ArrayList<>();
		if (u.expected != null) {
			int[] types = u.expected.toArray();
			for (int type : types) {
				if (type >= 0 && type < names.length && "RULE_ID".equals(names[type])) {
					nameFits = true;
				}
			}
			if (nameFits) {
				for (Keyword k : GrammarUtil.containedKeywords(grammar.getValidIDRule())) {
					nameKeywords.add("'" + k.getValue() + "'");
				}
			}
			for (int type : types) {
				if (type < Token.MIN_TOKEN_TYPE || type >= names.length) {
					continue;
				}
				String name = tokenName(names, type);
				if (name.startsWith("'")) {
					if (!nameKeywords.contains(name)) {
						keywords.add(name);
					}
				} else {
					values.add(name);
				}
			}
		}
		List<String> all = new ArrayList<>(values);
		all.addAll(keywords);
		if (u.endOfFileExpected) {
			all.add("end of file");
		}
		if (all.isEmpty()) {
			return "";
		}
		if (all.size() == 1) {
			return ", expected " + all.get(0);
		}
		return ", expected one of " + String.join(", ", all);
	}

	private static String found(Token token) {
		if (token == null || token.getType() == Token.EOF) {
			return "end of file";
		}
		return "'" + Strings.convertToJavaString(token.getText()) + "'";
	}

	static String tokenName(String[] names, int type) {
		if (type == Token.EOF) {
			return "end of file";
		}
		String name = names != null && type >= 0 && type < names.length ? names[type] : String.valueOf(type);
		switch (name) {
		case "RULE_ID":
			return "a name";
		case "RULE_STRING":
			return "a string";
		case "RULE_INT":
			return "a number";
		default:
			return name.startsWith("'") ? name : name.replace("RULE_", "").toLowerCase();
		}
	}

	private static void firstKeywords(org.eclipse.xtext.AbstractElement e, Set<String> into, int depth) {
		if (e == null || depth < 0) {
			return;
		}
		if (e instanceof Keyword k) {
			into.add("'" + k.getValue() + "'");
		} else if (e instanceof org.eclipse.xtext.Alternatives a) {
			a.getElements().forEach(x -> firstKeywords(x, into, depth));
		} else if (e instanceof org.eclipse.xtext.Group g) {
			for (org.eclipse.xtext.AbstractElement x : g.getElements()) {
				firstKeywords(x, into, depth);
				if (!GrammarUtil.isOptionalCardinality(x) && !(x instanceof org.eclipse.xtext.Action)) {
					break;
				}
			}
		} else if (e instanceof org.eclipse.xtext.Assignment a) {
			firstKeywords(a.getTerminal(), into, depth);
		} else if (e instanceof org.eclipse.xtext.RuleCall c && c.getRule() instanceof ParserRule q && !GrammarUtil.isDatatypeRule(q)) {
			firstKeywords(q.getAlternatives(), into, depth - 1);
		}
	}

	/** ", expected one of 'fqdn', 'os', ... '}'" for the statement being parsed, if it is known. */
	private String expectedIn(EObject current) {
		if (current == null) {
			return "; expected a statement such as 'topology', 'catalog', 'server', 'zone', 'firewall', 'role', 'endpoint', 'path'";
		}
		EClass type = current.eClass();
		Set<String> keywords = new LinkedHashSet<>();
		for (AbstractRule rule : grammar.getGrammar().getRules()) {
			if (rule instanceof ParserRule p && !GrammarUtil.isDatatypeRule(p) && p.getType() != null
					&& p.getType().getClassifier() == type) {
				for (Keyword k : GrammarUtil.containedKeywords(p)) {
					keywords.add("'" + k.getValue() + "'");
				}
				for (org.eclipse.xtext.RuleCall call : GrammarUtil.containedRuleCalls(p)) {
					if (call.getRule() instanceof ParserRule q && !GrammarUtil.isDatatypeRule(q) && !q.isFragment()) {
						firstKeywords(q.getAlternatives(), keywords, 3);
					}
				}
			}
		}
		if (keywords.isEmpty()) {
			return "";
		}
		return " in this " + PortolanLinkingDiagnostics.describe(type) + "; expected one of " + String.join(", ", keywords);
	}
}
