package dev.kartoteka.segmentation.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The CDNOW reference summaries (Fader–Hardie, via the lifetimes data sets; see ../shared/data/clv/README.md), copied
 * into the test resources so the tests run wherever the repository is checked out.
 */
final class CdnowData {

    private CdnowData() {
    }

    /** @return the 2,357 customers' (x, t_x, T) in weeks */
    static CustomerSummaries summaries() {
        List<RepeatPattern> patterns = new ArrayList<>();
        for (String[] row : rows("clv/cdnow_customers_summary.csv")) {
            patterns.add(RepeatPattern.of(Integer.parseInt(row[1]), Double.parseDouble(row[2]),
                    Double.parseDouble(row[3])));
        }
        return new CustomerSummaries(patterns, ChronoUnit.WEEKS);
    }

    /** @return the 946 customers with repeat purchases: x and the mean repeat value zbar */
    static List<GammaGammaFit.Spend> spends() {
        List<GammaGammaFit.Spend> spends = new ArrayList<>();
        for (String[] row : rows("clv/cdnow_customers_summary_with_transactions.csv")) {
            int x = Integer.parseInt(row[1]);
            if (x > 0) {
                spends.add(new GammaGammaFit.Spend(x, Double.parseDouble(row[4])));
            }
        }
        return spends;
    }

    private static List<String[]> rows(String resource) {
        InputStream in = Objects.requireNonNull(CdnowData.class.getClassLoader().getResourceAsStream(resource),
                resource);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.strip().split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
