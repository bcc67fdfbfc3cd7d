package dev.kartoteka.core.identifier;

import static dev.kartoteka.core.identifier.IdentifierGenerators.*;
import static dev.kartoteka.core.identifier.Theories.qt;

import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchDiagnosticsTests {
    @Test
    void diag() {
        Set<String> nips = new HashSet<>(); int[] n = new int[1];
        qt().forAll(validNips()).check(x -> { nips.add(x); n[0]++; return true; });
        System.out.println("NIP examples " + n[0] + " distinct " + nips.size() + " sample " + new ArrayList<>(nips).subList(0, 10));
        int[] regon = new int[3];
        qt().forAll(singleDigitChanges(validRegons9())).check(c -> { regon[0]++; if (Regon.isValid(c.changed())) regon[1]++; return true; });
        System.out.println("REGON9 changes " + regon[0] + " undetected " + regon[1]);
        int[] r14 = new int[3];
        qt().forAll(singleDigitChanges(validRegons14())).check(c -> { r14[0]++; if (Regon.isValid(c.changed())) r14[1]++; return true; });
        System.out.println("REGON14 changes " + r14[0] + " undetected " + r14[1]);
        int[] p = new int[4];
        qt().forAll(adjacentSwapsOfDistinctDigits(validPesels())).check(s -> { p[0]++; if (s.digitDifference()==5) { p[1]++; if (Pesel.isValid(s.swapped())) p[2]++; } return true; });
        System.out.println("PESEL swaps " + p[0] + " diff5 " + p[1] + " undetected " + p[2]);
        int[] h = new int[3];
        qt().withExamples(5000).forAll(digits(11).mix(validPesels(), 33)).check(s -> { h[0]++; if (Pesel.isValid(s)) h[1]++; return true; });
        System.out.println("PESEL mixed " + h[0] + " valid " + h[1]);
        Set<String> pes = new HashSet<>();
        qt().forAll(validPesels()).check(x -> { pes.add(x.substring(0,6)); return true; });
        System.out.println("PESEL distinct dates " + pes.size() + " " + new ArrayList<>(pes).subList(0, 10));
    }
}
