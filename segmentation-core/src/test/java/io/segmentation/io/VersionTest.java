package io.segmentation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class VersionTest {
    @Test
    void is_the_maven_project_version() throws IOException {
        // Independently of the filtered resource: the parent version declared in this module's pom.xml
        // (surefire runs in the module directory).
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        assertTrue(m.find(), "pom.xml has a parent version");
        assertEquals(m.group(1), Version.library());
    }
}
