package org.entente.agreements.dcad;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The letters the Correlates of War state list gives each state number ({@code cow-abbreviations.csv}),
 * as DCAD's name columns carry them. Used only to check a name against its number; a party is always
 * the number's state.
 */
final class CowAbbreviations {

    private static final Map<String, Set<Integer>> NUMBERS = read();

    private CowAbbreviations() {
    }

    /** The state numbers whose letters these are (case and surrounding spaces aside); empty for letters COW does not use. */
    static Set<Integer> numbersOf(String letters) {
        return NUMBERS.getOrDefault(letters.trim().toUpperCase(Locale.ROOT), Set.of());
    }

    private static Map<String, Set<Integer>> read() {
        Map<String, Set<Integer>> numbers = new HashMap<>();
        try (InputStream in = CowAbbreviations.class.getResourceAsStream("cow-abbreviations.csv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split(",", 2);
                numbers.computeIfAbsent(fields[1].trim(), letters -> new TreeSet<>()).add(Integer.valueOf(fields[0].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        numbers.replaceAll((letters, set) -> Collections.unmodifiableSet(set));
        return Map.copyOf(numbers);
    }
}
