package dev.kartoteka.segmentation.rule;

import java.util.List;

/** Writes a rule in its canonical text: single spaces, parentheses only where precedence needs them. */
final class Printer {

    private Printer() {
    }

    static String print(Rule rule) {
        StringBuilder b = new StringBuilder();
        print(rule, b);
        return b.toString();
    }

    private static void print(Rule rule, StringBuilder b) {
        if (rule instanceof Rule.Or or) {
            join(or.rules(), " or ", false, b);
        } else if (rule instanceof Rule.And and) {
            join(and.rules(), " and ", true, b);
        } else if (rule instanceof Rule.Not not) {
            b.append("not ");
            child(not.rule(), not.rule() instanceof Rule.And || not.rule() instanceof Rule.Or, b);
        } else {
            b.append(rule);
        }
    }

    private static void join(List<Rule> rules, String separator, boolean inAnd, StringBuilder b) {
        for (int i = 0; i < rules.size(); i++) {
            if (i > 0) {
                b.append(separator);
            }
            Rule r = rules.get(i);
            child(r, inAnd && r instanceof Rule.Or, b);
        }
    }

    private static void child(Rule rule, boolean parenthesise, StringBuilder b) {
        if (parenthesise) {
            b.append('(');
            print(rule, b);
            b.append(')');
        } else {
            print(rule, b);
        }
    }
}
