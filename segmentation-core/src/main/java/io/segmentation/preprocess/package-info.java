/**
 * Preprocessing and feature engineering learned once on training customers and applied unchanged to new
 * ones: imputation, outlier treatment, encoding, scaling, PCA, RFM scores, engagement and ratio features,
 * and the {@link io.segmentation.preprocess.Preprocessor} chain that ends in a
 * {@link io.segmentation.data.FeatureMatrix}.
 *
 * <p>Every step has an immutable configuration ({@code Impute}, {@code Scale}, ...) whose {@code fit} returns
 * an immutable fitted step ({@code FittedImpute}, {@code FittedScale}, ...) that transforms any table, writes
 * its state with {@code toState()} and reads it back with a static {@code read(StateReader)}. No step
 * modifies the table it is given.
 */
package io.segmentation.preprocess;
