package org.vigie.cli.series;

import java.util.Locale;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.series.pool.PoolModel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --model walk|jumps}: the process a pool assumes between reports. */
final class ModelOption {

  @Option(
      names = "--model",
      paramLabel = "walk|jumps",
      defaultValue = "walk",
      converter = Converter.class,
      description =
          "The process between reports: 'walk', a Gaussian random walk (default), or 'jumps',"
              + " plateaus with rare steps (drift, jump size and rate and report noise fitted).")
  PoolModel model;

  PoolModel model() {
    return model;
  }

  /** The model's name as the JSON and the tables write it. */
  String label() {
    return model.name().toLowerCase(Locale.ROOT);
  }

  /** Reads 'walk' or 'jumps' whatever the letter case. */
  static final class Converter implements ITypeConverter<PoolModel> {
    @Override
    public PoolModel convert(String value) {
      try {
        return PoolModel.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "--model", "--model takes 'walk' or 'jumps', got '" + value + "'");
      }
    }
  }
}
