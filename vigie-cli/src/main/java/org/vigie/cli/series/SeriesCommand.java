package org.vigie.cli.series;

import java.util.function.Supplier;
import org.vigie.cli.VigieCommand;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.series.Grid;
import org.vigie.core.series.store.SeriesEstimate;
import org.vigie.core.series.store.StoredSeries;
import org.vigie.core.store.Store;
import org.vigie.service.series.SeriesService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigie series}: series of quantity claims kept in the store; the work is in subcommands.
 */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description = {
      "Series of quantity claims kept in the store: a series takes the claims of one unit (and"
          + " actor, and keywords, when given) and pools them on read into a median with 50 %%"
          + " and 95 %% bands, with each source's house effect and revision tests, as 'vigie"
          + " pool' does for a CSV. Claims can be joined to or excluded from a series by hand.",
      "",
      "Examples:",
      "  vigie series create nk-troops-in-russia --unit soldier --actor PRK",
      "  vigie series show nk-troops-in-russia",
      "  vigie series pool nk-troops-in-russia --grid day --json",
      "  vigie series backtest nk-troops-in-russia --model jumps",
      "  vigie series exclude nk-troops-in-russia 5c1e0a9b3f2d4e61",
      ""
    },
    subcommands = {
      SeriesCreateCommand.class,
      SeriesListCommand.class,
      SeriesShowCommand.class,
      SeriesPoolCommand.class,
      SeriesRevisionsCommand.class,
      SeriesBacktestCommand.class,
      SeriesDecideCommand.Join.class,
      SeriesDecideCommand.Exclude.class,
      SeriesDeleteCommand.class
    })
public final class SeriesCommand {

  @ParentCommand VigieCommand vigie;

  /** Who decisions and new series are recorded as: $USER at the command line, else "cli". */
  String who() {
    String user = vigie.environment().variable("USER");
    return user == null || user.isBlank() ? "cli" : user;
  }

  /** The series with this name. */
  static StoredSeries load(Store store, String name) {
    return hinted(name, () -> new SeriesService(store).get(name));
  }

  /** A series, its members and their pooled estimate (null when no member can be pooled). */
  static SeriesService.Loaded pooled(Store store, String name, Grid grid) {
    return hinted(name, () -> new SeriesService(store).load(name, grid));
  }

  /** The estimate, or an error saying why there is none. */
  static SeriesEstimate requireEstimate(SeriesService.Loaded loaded) {
    if (loaded.estimate() == null) {
      throw new InvalidInputException(
          "NAME",
          "series '"
              + loaded.series().name()
              + "' has no claim that can be pooled yet ("
              + loaded.members().size()
              + " members): ingest documents with claims of unit '"
              + loaded.definition().unit()
              + "', or join claims with 'vigie series join'");
    }
    return loaded.estimate();
  }

  /** A missing series, with where to find the names there are. */
  static <T> T hinted(String name, Supplier<T> load) {
    try {
      return load.get();
    } catch (NotFoundException e) {
      throw new NotFoundException(
          "series", name + " (vigie series list shows the series there are)");
    }
  }
}
