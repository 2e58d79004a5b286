package org.portolan.dsl.parser.antlr;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.antlr.runtime.BitSet;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.portolan.dsl.parser.antlr.internal.InternalPortolanParser;
import org.portolan.dsl.services.PortolanGrammarAccess;

/**
 * The generated parser with statement-level error recovery (what ANTLR 4 does before each loop iteration).
 * <p>
 * ANTLR 3 leaves a {@code ( ... )*} loop as soon as the next token starts none of its alternatives, so one malformed
 * statement in a topology, a catalog or a { } block used to end the loop, and everything after it up to the end of the
 * file was skipped: one error, no model for the rest. Here, after every token the parser matches, the next token is
 * checked against the tokens that may follow (ANTLR's follow set of that position, extended through the enclosing rules
 * as long as they may end there). When it fits nowhere - neither there nor where ANTLR's own recovery would resume
 * (missing-token insertion, the follow sets of the enclosing rule calls) - the parser reports one error at it
 * ("Unexpected 'x', expected one of ...") and skips tokens, a { } block as a whole, up to the next token that fits: the
 * rest of the statement, the next property or statement of the block (in the middle of a statement: a keyword that
 * starts one of the current rule's optional or repeated parts), the statement after the block (server, zone, firewall, pool, site ... at the top level),
 * the block's '}' or the end of the file. The skipped tokens stay in the node model with the error on the first one, as
 * with Xtext's own recovery. Valid input is never affected: a token outside the follow set cannot continue a valid file.
 */
public class RecoveringInternalPortolanParser extends InternalPortolanParser {

	private final int openBrace;

	private final int closeBrace;

	private final Map<String, Integer> keywordTypes = new HashMap<>();

	private final Map<AbstractRule, BitSet> ruleResyncTokens = new IdentityHashMap<>();

	/** The token just matched whose follower fits nowhere, and that follow set (checked once its leaf exists). */
	private Token unexpectedAfter;

	private BitSet unexpectedAfterFollow;

	/** Skipped tokens not yet added to the node model. */
	private boolean skippedNotAppended;

	public RecoveringInternalPortolanParser(TokenStream input, PortolanGrammarAccess grammarAccess) {
		super(input, grammarAccess);
		String[] names = getTokenNames();
		for (int i = 0; i < names.length; i++) {
			String name = names[i];
			if (name != null && name.length() > 2 && name.startsWith("'") && name.endsWith("'")) {
				keywordTypes.put(name.substring(1, name.length() - 1), i);
			}
		}
		openBrace = keywordTypes.getOrDefault("{", -2);
		closeBrace = keywordTypes.getOrDefault("}", -2);
	}

	@Override
	public Object match(IntStream in, int ttype, BitSet follow) throws RecognitionException {
		unexpectedAfter = null;
		Object matched = super.match(in, ttype, follow);
		if (matched instanceof Token token && ttype != Token.EOF && follow != null) {
			int la = input.LA(1);
			if (la != Token.EOF && !follow.member(la)) {
				// decided in newLeafNode, which the generated code calls next with the token's grammar element
				unexpectedAfter = token;
				unexpectedAfterFollow = follow;
			}
		}
		return matched;
	}

	@Override
	protected void newLeafNode(Token token, EObject grammarElement) {
		super.newLeafNode(token, grammarElement);
		if (token != null && token == unexpectedAfter) {
			unexpectedAfter = null;
			syncAfter(unexpectedAfterFollow, grammarElement);
		}
	}

	/** True while ANTLR recovers from an error reported since the last matched token. */
	private boolean suppressFollowUpError;

	/**
	 * Xtext's recover() creates a message for every exception, even when it follows an error reported since the last
	 * matched token (ANTLR's own reportError suppresses those): one mistake, one error.
	 */
	@Override
	public void recover(IntStream in, RecognitionException re) {
		suppressFollowUpError = state.errorRecovery;
		try {
			super.recover(in, re);
		} finally {
			suppressFollowUpError = false;
		}
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(RecognitionException e, String[] tokenNames) {
		if (suppressFollowUpError) {
			return null;
		}
		return super.getSyntaxErrorMessage(e, tokenNames);
	}

	@Override
	protected void afterParserOrEnumRuleCall() {
		super.afterParserOrEnumRuleCall();
		if (skippedNotAppended) {
			appendSkippedIfAtStatementLevel();
		}
	}

	private void syncAfter(BitSet follow, EObject grammarElement) {
		int la = input.LA(1);
		BitSet expected = new BitSet();
		expected.orInPlace(follow);
		boolean endOfFile = false;
		if (follow.member(Token.EOR_TOKEN_TYPE)) {
			// the rule may end here: add what may follow its call, and so on outwards while those rules may end too
			int i = state._fsp;
			for (; i >= 0; i--) {
				BitSet outer = state.following[i];
				expected.orInPlace(outer);
				if (!outer.member(Token.EOR_TOKEN_TYPE)) {
					break;
				}
			}
			// the bottom of the stack is the entry rule's call, which the end of the file follows
			endOfFile = i <= 0;
			expected.remove(Token.EOR_TOKEN_TYPE);
			if (expected.member(la)) {
				return;
			}
		}
		BitSet stop = expected.or(computeErrorRecoverySet());
		if (stop.member(la)) {
			return; // ANTLR's own recovery applies (e.g. a missing '}' before the next statement)
		}
		if (!follow.member(Token.EOR_TOKEN_TYPE)) {
			// in the middle of a statement: also resume at the current rule's next property or nested statement
			stop.orInPlace(resyncTokens(GrammarUtil.containingRule(grammarElement)));
		}
		RecognitionException error = new UnexpectedTokensException(input, expected, endOfFile);
		beginResync();
		int depth = 0;
		for (int t = input.LA(1); t != Token.EOF; t = input.LA(1)) {
			if (depth == 0 && stop.member(t)) {
				break;
			}
			if (t == openBrace) {
				depth++;
			} else if (t == closeBrace && depth > 0) {
				depth--;
			}
			input.consume();
		}
		endResync();
		reportError(error); // the first skipped token's leaf carries the message (nothing if already recovering)
		skippedNotAppended = true;
		appendSkippedIfAtStatementLevel();
	}

	/**
	 * Adds the skipped tokens to the node of the statement or block, not to a name, cross-reference or enumeration
	 * value (whose text would then include them). Until then Xtext adds them before the next matched token.
	 */
	private void appendSkippedIfAtStatementLevel() {
		ICompositeNode node = getCurrentNode();
		EObject element = node == null ? null : node.getGrammarElement();
		boolean valueNode = element instanceof CrossReference || element instanceof RuleCall call
				&& (call.getRule() instanceof TerminalRule || call.getRule() instanceof EnumRule
						|| call.getRule() instanceof ParserRule rule && GrammarUtil.isDatatypeRule(rule));
		if (!valueNode) {
			appendSkippedTokens();
			skippedNotAppended = false;
		}
	}

	/** Keywords that start an optional or repeated part of {@code rule} (its properties and nested statements), and '}'. */
	private BitSet resyncTokens(AbstractRule rule) {
		if (!(rule instanceof ParserRule parserRule) || GrammarUtil.isDatatypeRule(parserRule)) {
			return new BitSet();
		}
		return ruleResyncTokens.computeIfAbsent(rule, r -> {
			BitSet result = new BitSet();
			for (AbstractElement e : EcoreUtil2.eAllOfType(r, AbstractElement.class)) {
				if (GrammarUtil.isOptionalCardinality(e) || GrammarUtil.isMultipleCardinality(e)) {
					addFirstKeywords(e, result, 3);
				}
				if (e instanceof Keyword k && "}".equals(k.getValue())) {
					result.add(closeBrace);
				}
			}
			return result;
		});
	}

	private void addFirstKeywords(AbstractElement e, BitSet into, int depth) {
		if (e instanceof Keyword k) {
			Integer type = keywordTypes.get(k.getValue());
			if (type != null) {
				into.add(type);
			}
		} else if (e instanceof Alternatives a) {
			a.getElements().forEach(x -> addFirstKeywords(x, into, depth));
		} else if (e instanceof Group g) {
			for (AbstractElement x : g.getElements()) {
				addFirstKeywords(x, into, depth);
				if (!GrammarUtil.isOptionalCardinality(x) && !(x instanceof Action)) {
					break;
				}
			}
		} else if (e instanceof Assignment a) {
			addFirstKeywords(a.getTerminal(), into, depth);
		} else if (e instanceof RuleCall c && depth > 0 && c.getRule() instanceof ParserRule q && !GrammarUtil.isDatatypeRule(q)) {
			addFirstKeywords(q.getAlternatives(), into, depth - 1);
		}
	}
}
