package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.Segment;
import io.segmentation.SegmentationModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProfilingExampleTest {
    @TempDir
    Path dir;

    @Test
    void prints_the_names_and_strategies_of_the_model_it_saves() throws Exception {
        String printed = ExampleRun.run(ProfilingExample::run, 200, dir);
        SegmentationModel model = SegmentationModel.load(dir.resolve("model.json"));
        for (Segment s : model.segments()) {
            assertThat(printed).contains(s.name()).contains(s.profile().strategy().objective());
        }
        assertThat(Files.readString(dir.resolve("report.txt"))).isEqualTo(model.report());
        assertThat(printed).contains("channels:").contains("ARI against the hidden segments");
        ExampleRun.assertChart(dir.resolve("profile-heatmap.png"), printed);
        for (Segment s : model.segments()) {
            ExampleRun.assertChart(dir.resolve("radar-" + s.id() + ".png"), printed);
        }
    }
}
