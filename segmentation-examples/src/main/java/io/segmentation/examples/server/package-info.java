/**
 * A small HTTP server that scores customers against a saved {@link io.segmentation.SegmentationModel}
 * and serves its segments, recommendations and metadata as JSON; built on the JDK's
 * {@code com.sun.net.httpserver}. The endpoints, limits and error codes are described in {@code docs/rest.md}.
 */
package io.segmentation.examples.server;
