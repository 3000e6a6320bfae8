package io.segmentation.examples.cli;

import io.segmentation.cluster.Linkage;
import io.segmentation.cluster.GaussianMixture;
import java.util.Locale;
import java.util.OptionalInt;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The clustering options shared by {@code fit} and {@code compare}. */
final class ClusterOptions {
    /** Covariance shapes of the Gaussian mixture, as spelled on the command line. */
    enum CovarianceChoice {
        FULL(GaussianMixture.Covariance.FULL), TIED(GaussianMixture.Covariance.TIED),
        DIAG(GaussianMixture.Covariance.DIAGONAL), SPHERICAL(GaussianMixture.Covariance.SPHERICAL);

        final GaussianMixture.Covariance covariance;

        CovarianceChoice(GaussianMixture.Covariance covariance) {
            this.covariance = covariance;
        }
    }

    @Option(names = "--k", paramLabel = "N|auto", defaultValue = "auto",
            description = "Segments, or auto: K-Means and agglomerative take k from the gap statistic of K-Means, "
                    + "the Gaussian mixture from the lowest BIC, both over k = 2..8 (default ${DEFAULT-VALUE}).")
    String k;

    @Option(names = "--eps", paramLabel = "E",
            description = "DBSCAN radius in scaled units. Default: the knee of the k-distance curve.")
    Double eps;

    @Option(names = "--min-pts", paramLabel = "M",
            defaultValue = "10",
            description = "DBSCAN rows within eps that make a core row, counting itself (default ${DEFAULT-VALUE}).")
    int minPts;

    @Option(names = "--linkage", paramLabel = "ward|complete|average|single", defaultValue = "ward",
            description = "Agglomerative linkage (default ${DEFAULT-VALUE}).")
    Linkage linkage;

    @Option(names = "--covariance", paramLabel = "full|tied|diag|spherical", defaultValue = "full",
            description = "Gaussian mixture covariance shape (default ${DEFAULT-VALUE}).")
    CovarianceChoice covariance;

    /** The fixed k, or empty for auto; a bad value is bad usage. */
    OptionalInt fixedK(CommandSpec spec) {
        if (k.equalsIgnoreCase("auto")) {
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(k);
            if (value >= 1) {
                return OptionalInt.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below with the value found
        }
        throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                "--k must be a whole number >= 1 or auto (was \"%s\")", k));
    }

}
