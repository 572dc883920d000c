package org.entente.alliances.alliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.entente.alliances.atop.Atop;

/**
 * The links between curated alliances and their counterparts in ATOP ({@code reference/atop-counterparts.csv}),
 * both ways, by code: NATO's counterpart is {@code ATOP_3180}, whose counterpart is NATO. A link names
 * the other record whether or not it has been loaded or imported yet.
 */
public final class Counterparts {

    /** A curated alliance's code and the atopid of its counterpart. */
    private record Link(String code, String atopId) {
    }

    private static final List<Link> LINKS = read("/reference/atop-counterparts.csv");

    private Counterparts() {
    }

    /** The codes of the alliance's counterparts in the other source; empty for one without. */
    public static List<String> of(String code, String dataSet, String sourceId) {
        if (dataSet == null) {
            return LINKS.stream().filter(link -> link.code().equals(code)).map(link -> Atop.code(Long.parseLong(link.atopId())))
                    .toList();
        }
        if (dataSet.equals(Atop.DATA_SET.id())) {
            return LINKS.stream().filter(link -> link.atopId().equals(sourceId)).map(Link::code).toList();
        }
        return List.of();
    }

    private static List<Link> read(String resource) {
        List<Link> links = new ArrayList<>();
        try (InputStream in = Counterparts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing");
            }
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
                String[] fields = line.split(",", 3);
                links.add(new Link(fields[0].trim(), Long.toString(Long.parseLong(fields[1].trim()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(links);
    }
}
