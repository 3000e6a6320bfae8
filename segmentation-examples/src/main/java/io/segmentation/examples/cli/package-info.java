/**
 * The {@code segment} command line (picocli): {@link io.segmentation.examples.cli.SegmentCommand} and its
 * subcommands, terminal tables and progress bars; see {@code docs/cli.md}.
 */
package io.segmentation.examples.cli;
