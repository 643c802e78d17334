/**
 * What is done to arrays after reading them: feature scaling fitted on training rows only (standardising, min-max)
 * and stratified, seeded splits into train, validation and test parts.
 */
package dev.deepcanvas.backend.dataset.transform;
