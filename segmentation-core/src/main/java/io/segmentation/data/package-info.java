/**
 * Customer tables: the typed, immutable {@link io.segmentation.data.Dataset}, strict CSV reading and
 * writing, summaries of a table, and a seeded generator of realistic synthetic customers.
 */
package io.segmentation.data;
