/**
 * The pooling engine: Kalman filter and RTS smoother on the log of a count, with per-source house
 * effects and exact interval/censored updates. Entry point {@link
 * org.vigie.core.series.pool.KalmanPool}.
 */
package org.vigie.core.series.pool;
