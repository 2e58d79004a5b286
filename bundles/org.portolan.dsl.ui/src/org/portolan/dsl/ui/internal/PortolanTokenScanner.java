package org.portolan.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.portolan.dsl.ui.PortolanLanguage;

/**
 * Lexical highlighting: keywords taken from the grammar itself (so the editor never disagrees with the
 * parser), strings, numbers and comments, with the token rules of the language.
 */
public class PortolanTokenScanner extends RuleBasedScanner {

	public static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
	public static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
	public static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95));
	public static final TextAttribute NUMBER = new TextAttribute(new Color(125, 60, 0));

	public PortolanTokenScanner() {
		IToken keyword = new Token(KEYWORD);
		IToken string = new Token(STRING);
		IToken comment = new Token(COMMENT);
		IToken number = new Token(NUMBER);
		IToken other = new Token(new TextAttribute(null));

		List<IRule> rules = new ArrayList<>();
		rules.add(new EndOfLineRule("//", comment));
		rules.add(new MultiLineRule("/*", "*/", comment, (char) 0, true));
		rules.add(new SingleLineRule("\"", "\"", string, '\\'));
		rules.add(new SingleLineRule("'", "'", string, '\\'));
		rules.add(new WhitespaceRule(Character::isWhitespace));
		WordRule words = new WordRule(new NameDetector(), other);
		for (String k : GrammarUtil.getAllKeywords(PortolanLanguage.get(IGrammarAccess.class).getGrammar())) {
			if (!k.isEmpty() && Character.isLetter(k.charAt(0))) {
				words.addWord(k, keyword);
			}
		}
		rules.add(words);
		rules.add(new NumberRule(number));
		setRules(rules.toArray(IRule[]::new));
		setDefaultReturnToken(other);
	}

	/** Names and keywords: a letter or '_' (or '^' escaping a keyword), then letters, digits, '_' and '-'. */
	static final class NameDetector implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_' || c == '^';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '-';
		}
	}
}
