/**
 * Charts of every result the core gives (segments on principal components, choice of k, silhouettes,
 * dendrograms, profiles, RFM, PCA, drift) as XChart charts in one colour-blind-safe theme, saved as PNG or SVG
 * by {@link io.segmentation.viz.Charts}, and {@link io.segmentation.viz.HtmlReport}, one self-contained HTML
 * file that explains a fitted model.
 */
package io.segmentation.viz;
