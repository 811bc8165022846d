package org.vigie.core.series.pool;

import java.util.List;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolSettings;

/** The process a pool assumes between reports, and how its parameters are fitted to them. */
public enum PoolModel {

  /** One Gaussian random walk of ln N, q fitted by maximum likelihood (methods §1). */
  WALK {
    @Override
    public PoolSettings fit(List<Observation> reports, PoolSettings base) {
      return base.withQPerDay(QEstimate.maximumLikelihood(reports, base).qPerDay());
    }
  },

  /** Quiet plateaus with rare steps: drift, jump size and rate and report noise fitted together. */
  JUMPS {
    @Override
    public PoolSettings fit(List<Observation> reports, PoolSettings base) {
      return JumpFit.fit(reports, base).settings();
    }
  };

  /** The settings of this model fitted to {@code reports}, the rest taken from {@code base}. */
  public abstract PoolSettings fit(List<Observation> reports, PoolSettings base);

  /** The calibration backtest of this model on {@code reports}, refitted before each forecast. */
  public Backtest.Result backtest(List<Observation> reports, PoolSettings base) {
    return Backtest.run(reports, before -> fit(before, base));
  }
}
