package io.segmentation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CompareCommandTest {
    @Test
    void prints_every_algorithm_best_silhouette_first() {
        CliRun run = CliRun.of("compare", "--n", "240", "--k", "3", "--quiet");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        int header = 0;
        while (!lines.get(header).startsWith("algorithm")) {
            header++;
        }
        List<String> algorithms = new ArrayList<>();
        List<Double> silhouettes = new ArrayList<>();
        int silhouetteColumn = List.of(lines.get(header).trim().split("\\s+")).indexOf("silhouette");
        for (int i = header + 1; i < header + 5; i++) {
            String[] cells = lines.get(i).trim().split("\\s{2,}");
            algorithms.add(cells[0]);
            String s = cells[silhouetteColumn].replace("*", "");
            silhouettes.add(s.equals("NaN") ? Double.NaN : Double.parseDouble(s));
        }
        assertThat(algorithms).containsExactlyInAnyOrder("kmeans", "gmm", "agglomerative", "dbscan");
        // Best first, NaN (a single cluster) last.
        for (int i = 1; i < silhouettes.size(); i++) {
            double previous = silhouettes.get(i - 1);
            double current = silhouettes.get(i);
            assertThat(Double.isNaN(current) || previous >= current).as(silhouettes.toString()).isTrue();
        }
        assertThat(run.err()).isEmpty();
    }

    @Test
    void a_given_eps_is_used_and_progress_goes_to_stderr() {
        CliRun run = CliRun.of("compare", "--n", "200", "--k", "2", "--eps", "2.5", "--min-pts", "4");
        assertEquals(0, run.status(), run.err());
        assertThat(run.out()).contains("eps=2.5, minPts=4").doesNotContain("knee of");
        assertThat(run.err()).contains("comparison").contains("4/4");
    }

    @Test
    void bad_values_exit_2() {
        CliRun run = CliRun.of("compare", "--eps", "-1", "--k", "2", "--n", "50");
        assertEquals(SegmentCommand.BAD_USAGE, run.status(), run.err());
        assertEquals(1, run.errLines(), run.err());
        assertThat(run.err()).contains("eps");
    }
}
