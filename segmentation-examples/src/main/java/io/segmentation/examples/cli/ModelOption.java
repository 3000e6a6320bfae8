package io.segmentation.examples.cli;

import io.segmentation.SegmentationModel;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --model FILE} option of the commands that use a saved model ({@code score}, {@code drift},
 * {@code serve}): a file written by {@code segment fit} or {@link SegmentationModel#save(Path)}.
 */
final class ModelOption {
    @Option(names = "--model", paramLabel = "FILE", required = true,
            description = "The model file written by 'segment fit' (DIR/model.json).")
    Path model;

    /**
     * Loads the model; an absent file or one that is not a valid model file is bad data (exit 1), named by
     * {@link Failures#describe} with the file and, for a bad file, the JSON path.
     */
    SegmentationModel load() throws IOException {
        return SegmentationModel.load(model);
    }
}
